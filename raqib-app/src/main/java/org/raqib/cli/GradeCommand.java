package org.raqib.cli;

import java.util.concurrent.Callable;
import org.raqib.model.Grade;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib grade}: an analyst's grade for an incident (e.g. discounted), kept across re-linking. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Set an analyst's grade on an incident (confirmed, fair, weak, contested, discounted); it is audited.")
final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Parameters(index = "0", paramLabel = "INCIDENT") String incident;

    @Parameters(index = "1", paramLabel = "GRADE") String grade;

    @Option(names = "--analyst", required = true, description = "who decides") String analyst;

    @Option(names = "--reason", description = "why") String reason;

    @Override
    public Integer call() throws java.io.IOException {
        if (analyst.isBlank()) {
            // an audited decision names who made it
            spec.commandLine().getErr().println("raqib: --analyst must name the analyst (it is empty)");
            return 2;
        }
        Grade g;
        try {
            g = Grade.fromCode(grade);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("raqib: unknown grade '" + grade + "' (confirmed, fair, weak, contested, discounted)");
            return 2;
        }
        try (Store store = where.open()) {
            String graded = where.pipeline(store).grade(incident, g, analyst, reason);
            spec.commandLine().getOut().println(graded + ": " + g.code() + " (" + analyst.strip() + ")"
                    + (graded.equals(incident) ? "" : ", the incident " + incident + " was merged into"));
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("raqib: " + e.getMessage());
            return 1;
        }
    }
}
