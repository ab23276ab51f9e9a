package org.raqib.cli;

import java.util.concurrent.Callable;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Store;
import org.raqib.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code raqib link}: an editor's merge, split or move, kept as constraints every later relink respects. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Merge two incidents, split a claim out of its incident, or move it to another; audited and kept across runs.",
        subcommands = {LinkCommand.Merge.class, LinkCommand.Split.class, LinkCommand.Move.class})
final class LinkCommand {
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions where;

        @Option(names = "--editor", required = true, description = "who decides") String editor;

        @Option(names = "--reason", description = "why") String reason;

        @Override
        public Integer call() throws Exception {
            try (Store store = where.open()) {
                spec.commandLine().getOut().println(run(where.pipeline(store)));
                return 0;
            } catch (IllegalArgumentException | StoreException e) {
                spec.commandLine().getErr().println("raqib: " + e.getMessage());
                return 1;
            }
        }

        abstract String run(Pipeline pipeline);
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two incidents into one.")
    static final class Merge extends Sub {
        @Parameters(index = "0", paramLabel = "INCIDENT") String a;

        @Parameters(index = "1", paramLabel = "OTHER") String b;

        @Override
        String run(Pipeline p) { return "merged into " + p.merge(a, b, editor, reason); }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Split a claim out of its incident.")
    static final class Split extends Sub {
        @Parameters(index = "0", paramLabel = "CLAIM") String claim;

        @Override
        String run(Pipeline p) { return claim + " is now in " + p.split(claim, editor, reason); }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a claim to another incident.")
    static final class Move extends Sub {
        @Parameters(index = "0", paramLabel = "CLAIM") String claim;

        @Parameters(index = "1", paramLabel = "INCIDENT") String incident;

        @Override
        String run(Pipeline p) { return claim + " is now in " + p.move(claim, incident, editor, reason); }
    }
}
