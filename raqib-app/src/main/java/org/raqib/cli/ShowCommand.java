package org.raqib.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.raqib.model.SourcedClaim;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib show}: a stored document, its hash checked, and its claims. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a stored document (by SHA-256, a prefix of it, or its input id) and verify its hash.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Parameters(index = "0", paramLabel = "DOC")
    String key;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = where.open()) {
            DocumentKey k = DocumentKey.parse(key);
            ArchivedDocument d = store.archive().find(k.key()).orElse(null);
            if (d == null) {
                spec.commandLine().getErr().println("raqib: " + k.notFound());
                return 1;
            }
            boolean ok = d.verifies();
            out.println("sha256:      " + d.sha256() + (ok ? "  (verified)" : "  (MISMATCH: the stored bytes hash to "
                    + ArchivedDocument.sha256(d.content()) + ")"));
            out.println("id:          " + d.document().id());
            out.println("url:         " + (d.url() == null ? "-" : d.url()));
            out.println("outlet:      " + (d.outlet() == null ? "-" : d.outlet()));
            out.println("captured:    " + d.capturedAt());
            out.println("published:   " + (d.published() == null ? "-" : d.published()));
            out.println("media type:  " + d.mediaType() + ", " + d.content().length + " bytes");
            if (d.document().title() != null) out.println("title:       " + d.document().title());
            out.println();
            out.println(d.document().text());
            out.println();
            for (SourcedClaim c : store.claims().ofDocument(d.sha256())) {
                out.println("claim " + c.id() + "\t" + ExtractCommand.row(c.claim()));
            }
            out.flush();
            return ok ? 0 : 2;
        }
    }
}
