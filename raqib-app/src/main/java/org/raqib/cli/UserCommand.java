package org.raqib.cli;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.raqib.accounts.Accounts;
import org.raqib.accounts.Role;
import org.raqib.store.Store;
import org.raqib.store.StoreException;
import org.raqib.store.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code raqib user}: analysts' accounts. A password is read from the terminal or from a file,
 * never from the command line (where other users of the machine and the shell history see it).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage analysts' accounts: add, list, disable, role, token.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.SetRole.class, UserCommand.Token.class})
final class UserCommand {
    /** Who made a change from the command line: the operating-system account. */
    static String actor() { return "cli:" + System.getProperty("user.name", "unknown"); }

    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions where;

        @Override
        public Integer call() throws Exception {
            try (Store store = where.open()) {
                return run(store, new Accounts(store.users()));
            } catch (IllegalArgumentException | StoreException e) {
                spec.commandLine().getErr().println("raqib: " + e.getMessage());
                return 1;
            }
        }

        abstract int run(Store store, Accounts accounts) throws Exception;

        void say(String s) { spec.commandLine().getOut().println(s); }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account (the password is asked for, or read from --password-file).")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Option(names = "--role", required = true, description = "analyst, editor or admin") String role;

        @Option(names = "--password-file", description = "a file whose first line is the password") Path passwordFile;

        @Override
        int run(Store store, Accounts accounts) throws Exception {
            Role r = Role.ofAccount(role);
            char[] password = password();
            try {
                accounts.add(name, r, password, actor());
            } finally {
                Arrays.fill(password, '\0');
            }
            say("added " + name + " (" + r.code() + ")");
            return 0;
        }

        private char[] password() throws java.io.IOException {
            if (passwordFile != null) {
                if (!Files.isRegularFile(passwordFile)) throw new IllegalArgumentException(passwordFile + ": no such file");
                String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return first.toCharArray();
            }
            Console console = System.console();
            if (console == null) throw new IllegalArgumentException("no terminal to ask for the password: use --password-file FILE");
            char[] once = console.readPassword("password for %s: ", name);
            char[] twice = console.readPassword("again: ");
            if (once == null || !Arrays.equals(once, twice)) throw new IllegalArgumentException("the passwords differ");
            return once;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts with their roles.")
    static final class ListUsers extends Sub {
        @Override
        int run(Store store, Accounts accounts) {
            for (Users.User u : store.users().list()) say(u.name() + "\t" + u.role() + (u.disabled() ? "\tdisabled" : ""));
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account and end its sessions and tokens.")
    static final class Disable extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        int run(Store store, Accounts accounts) {
            store.users().disable(name, actor());
            say("disabled " + name);
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change an account's role.")
    static final class SetRole extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Parameters(index = "1", paramLabel = "ROLE") String role;

        @Override
        int run(Store store, Accounts accounts) {
            Role r = Role.ofAccount(role);
            store.users().setRole(name, r.code(), actor());
            say(name + ": " + r.code());
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Issue an API token for scripts (shown once; stored hashed).")
    static final class Token extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Option(names = "--label", description = "what the token is for") String label;

        @Override
        int run(Store store, Accounts accounts) {
            say(accounts.issueToken(name, label, actor()));
            return 0;
        }
    }
}
