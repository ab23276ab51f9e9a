package org.raqib.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.raqib.store.Users;

/**
 * Who may act on the record: creating accounts, signing in (throttled), sessions and API
 * tokens. Secrets leave this class once, to the person they belong to; the store keeps only
 * their hashes.
 */
public final class Accounts {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    public static final Duration SESSION_LENGTH = Duration.ofHours(12);

    private final Users users;
    private final LoginThrottle byAccount, byAddress;

    /** With the standard throttles: 5 failures for an account, 30 from an address (several people may share one). */
    public Accounts(Users users) {
        this(users, LoginThrottle.standard(), new LoginThrottle(30, java.time.Duration.ofMinutes(15), 10_000, java.time.Clock.systemUTC()));
    }

    public Accounts(Users users, LoginThrottle byAccount, LoginThrottle byAddress) {
        this.users = users;
        this.byAccount = byAccount;
        this.byAddress = byAddress;
    }

    /** A person acting: their name and role (anonymous has no name), and their session's CSRF token. */
    public record Principal(String name, Role role, String csrfToken) {
        public static final Principal ANONYMOUS = new Principal(null, Role.ANONYMOUS, null);
    }

    /** A new session: the id for the cookie (never stored) and who it is. */
    public record SignedIn(String sessionId, Principal principal) {}

    /** Too many failed attempts for this account or from this address. */
    public static final class Throttled extends RuntimeException {
        public Throttled() { super("too many failed sign-ins: try again later"); }
    }

    public void add(String name, Role role, char[] password, String actor) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user name is 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (role == Role.ANONYMOUS) throw new IllegalArgumentException("an account needs a role: analyst, editor or admin");
        String weakness = Passwords.weakness(password);
        if (weakness != null) throw new IllegalArgumentException(weakness);
        users.add(name, role.code(), Passwords.hash(password), actor);
    }

    /**
     * Signs in: a fresh session id (a session is never carried over from before signing in,
     * so a planted id is useless), or empty when the name or password is wrong.
     *
     * @throws Throttled after too many failures for the account or from the address
     */
    public Optional<SignedIn> signIn(String name, char[] password, String address) {
        String account = String.valueOf(name), from = String.valueOf(address);
        if (byAccount.blocked(account) || byAddress.blocked(from)) throw new Throttled();
        Optional<Users.User> user = name == null ? Optional.empty() : users.find(name);
        // verify against a dummy hash for unknown names, so that timing does not tell which names exist
        boolean ok = Passwords.verify(password, user.map(Users.User::passwordHash).orElse(Passwords.DUMMY))
                && user.isPresent() && !user.get().disabled();
        if (!ok) {
            byAccount.failed(account);
            byAddress.failed(from);
            return Optional.empty();
        }
        byAccount.succeeded(account);
        String id = Secrets.random(), csrf = Secrets.random();
        users.startSession(Secrets.sha256(id), name, csrf, Instant.now().plus(SESSION_LENGTH));
        return Optional.of(new SignedIn(id, new Principal(name, Role.ofAccount(user.get().role()), csrf)));
    }

    public Optional<Principal> bySession(String sessionId) {
        if (sessionId == null || sessionId.isEmpty()) return Optional.empty();
        return users.session(Secrets.sha256(sessionId)).flatMap(s -> users.find(s.user())
                .map(u -> new Principal(u.name(), Role.ofAccount(u.role()), s.csrfToken())));
    }

    public void signOut(String sessionId) {
        if (sessionId != null) users.endSession(Secrets.sha256(sessionId));
    }

    /** A new API token for a user, shown once; scripts send it as {@code Authorization: Bearer}. */
    public String issueToken(String name, String label, String actor) {
        if (users.find(name).isEmpty()) throw new IllegalArgumentException("no user '" + name + "'");
        String token = "rqb_" + Secrets.random();
        users.addToken(Secrets.sha256(token), name, label, actor);
        return token;
    }

    /** The user of an API token (no CSRF token: a bearer token is not sent by browsers on their own). */
    public Optional<Principal> byToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return users.byToken(Secrets.sha256(token.strip())).map(u -> new Principal(u.name(), Role.ofAccount(u.role()), null));
    }
}
