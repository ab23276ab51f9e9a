package org.raqib.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses further login attempts for a key (an account name, or an address) after too many
 * failures in a window. Memory is bounded: the least recently seen keys are forgotten first,
 * so a flood of invented names cannot exhaust the server (it only shortens their memory).
 */
public final class LoginThrottle {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures;

    public LoginThrottle(int maxFailures, Duration window, int maxKeys, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.failures = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) { return size() > maxKeys; }
        };
    }

    /** Five failures in fifteen minutes, remembering at most 10,000 keys. */
    public static LoginThrottle standard() { return new LoginThrottle(5, Duration.ofMinutes(15), 10_000, Clock.systemUTC()); }

    public synchronized boolean blocked(String key) {
        Deque<Instant> d = failures.get(key);
        if (d == null) return false;
        prune(d);
        return d.size() >= maxFailures;
    }

    public synchronized void failed(String key) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(d);
        d.addLast(clock.instant());
        while (d.size() > maxFailures) d.removeFirst();
    }

    public synchronized void succeeded(String key) { failures.remove(key); }

    synchronized int keys() { return failures.size(); }

    private void prune(Deque<Instant> d) {
        Instant cutoff = clock.instant().minus(window);
        while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) d.removeFirst();
    }
}
