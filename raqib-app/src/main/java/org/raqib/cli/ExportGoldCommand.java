package org.raqib.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.raqib.eval.ReviewedGold;
import org.raqib.json.ClaimJson;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code raqib export gold DIR}: the documents analysts reviewed, one annotated-corpus file each. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = "Write every document whose claims were all reviewed as an annotated-corpus file (DIR/<id>.json).")
final class ExportGoldCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Parameters(index = "0", paramLabel = "DIR") Path dir;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("raqib: " + dir + " is a file, not a folder");
            return 2;
        }
        Files.createDirectories(dir);
        int n = 0;
        try (Store store = where.open()) {
            for (ObjectNode doc : ReviewedGold.documents(store)) {
                // the file name from the document's id, made safe; its hash keeps two ids from colliding
                String id = doc.get("id").asText();
                String name = id.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + Integer.toHexString(id.hashCode()) + ".json";
                Files.writeString(dir.resolve(name), ClaimJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
                n++;
            }
        }
        spec.commandLine().getOut().println(n + " reviewed documents written to " + dir);
        return 0;
    }
}
