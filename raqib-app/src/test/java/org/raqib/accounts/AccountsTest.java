package org.raqib.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.store.Store;

class AccountsTest {
    private static final char[] GOOD = "a long enough passphrase".toCharArray();

    @TempDir
    Path dir;

    @Test
    void passwordsAreArgon2idHashesThatVerifyOnlyTheirPassword() {
        String h = Passwords.hash(GOOD);
        assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(new String(GOOD));
        assertThat(Passwords.hash(GOOD)).as("salted").isNotEqualTo(h);
        assertThat(Passwords.verify(GOOD, h)).isTrue();
        assertThat(Passwords.verify("a long enough passphrasE".toCharArray(), h)).isFalse();
        assertThat(Passwords.verify(GOOD, "$2a$10$notargon")).isFalse();
        assertThat(Passwords.weakness("short".toCharArray())).contains("at least");
    }

    @Test
    void signingInGivesAFreshSessionEachTimeAndSigningOutEndsIt() {
        try (Store store = Store.open(dir)) {
            Accounts accounts = new Accounts(store.users());
            accounts.add("nadia", Role.EDITOR, GOOD, "test");
            Accounts.SignedIn first = accounts.signIn("nadia", GOOD, "10.0.0.1").orElseThrow();
            Accounts.SignedIn second = accounts.signIn("nadia", GOOD, "10.0.0.1").orElseThrow();
            assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
            assertThat(first.principal().csrfToken()).isNotEqualTo(second.principal().csrfToken());
            assertThat(accounts.bySession(first.sessionId())).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("nadia");
                assertThat(p.role()).isEqualTo(Role.EDITOR);
            });
            // only the hash is stored: the id itself is no key
            assertThat(store.users().session(first.sessionId())).isEmpty();
            accounts.signOut(first.sessionId());
            assertThat(accounts.bySession(first.sessionId())).isEmpty();
            assertThat(accounts.bySession(second.sessionId())).isPresent();
            assertThat(accounts.signIn("nadia", "wrong password!".toCharArray(), "10.0.0.1")).isEmpty();
            assertThat(accounts.signIn("nobody", GOOD, "10.0.0.1")).isEmpty();

            String token = accounts.issueToken("nadia", "script", "test");
            assertThat(accounts.byToken(token)).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.EDITOR));
            assertThat(accounts.byToken(token + "x")).isEmpty();
            assertThatThrownBy(() -> accounts.add("Bad Name", Role.ANALYST, GOOD, "test")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> accounts.add("omar", Role.ANALYST, "short".toCharArray(), "test")).hasMessageContaining("at least");
        }
    }

    @Test
    void repeatedFailuresBlockTheAccountEvenWithTheRightPasswordUntilTheWindowPasses() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        Clock clock = new Clock() {
            public ZoneOffset getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return now.get(); }
        };
        try (Store store = Store.open(dir)) {
            Accounts accounts = new Accounts(store.users(), new LoginThrottle(3, Duration.ofMinutes(15), 100, clock), LoginThrottle.standard());
            accounts.add("nadia", Role.ANALYST, GOOD, "test");
            for (int i = 0; i < 3; i++) assertThat(accounts.signIn("nadia", "guess number one".toCharArray(), "10.0.0." + i)).isEmpty();
            assertThatThrownBy(() -> accounts.signIn("nadia", GOOD, "10.0.0.9")).isInstanceOf(Accounts.Throttled.class);
            now.set(now.get().plus(Duration.ofMinutes(16)));
            assertThat(accounts.signIn("nadia", GOOD, "10.0.0.9")).isPresent();
        }
    }

    @Test
    void theThrottleForgetsTheLeastRecentKeysFirstSoItsMemoryIsBounded() {
        LoginThrottle t = new LoginThrottle(2, Duration.ofMinutes(15), 50, Clock.systemUTC());
        t.failed("victim");
        t.failed("victim");
        assertThat(t.blocked("victim")).isTrue();
        for (int i = 0; i < 10_000; i++) t.failed("invented-" + i);
        assertThat(t.keys()).isEqualTo(50);
    }

    @Test
    void rolesIncludeTheOnesBelowThem() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.includes(Role.EDITOR)).isFalse();
        assertThat(Role.ANONYMOUS.includes(Role.ANALYST)).isFalse();
        assertThatThrownBy(() -> Role.ofAccount("anonymous")).isInstanceOf(IllegalArgumentException.class);
    }
}
