package org.raqib.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code raqib} command line. */
@Command(name = "raqib", mixinStandardHelpOptions = true, version = "raqib 0.1.0",
        description = "Turns Arabic news reports about war into an auditable record of civilian harm.",
        subcommands = {RunCommand.class, IngestCommand.class, ShowCommand.class, ExtractCommand.class,
                IncidentsCommand.class, ExportCommand.class, GradeCommand.class, LinkCommand.class, UserCommand.class, EvalCommand.class, GazetteerCommand.class,
                BenchCommand.class, ServeCommand.class, IndexCommand.class, SourcesCommand.class, WatchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: a usage error, so that a script calling {@code raqib} by mistake notices. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("raqib: missing a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI on standard output and error and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs the CLI writing to the given streams (for tests) and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("raqib: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
