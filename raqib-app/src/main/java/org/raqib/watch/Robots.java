package org.raqib.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt (RFC 9309) as it applies to Raqib: the group naming Raqib's product
 * token, else the group for {@code *}; the longest matching rule decides, Allow winning a tie;
 * {@code *} and a final {@code $} in rules are understood. Crawl-delay, though not in the RFC,
 * is honoured when larger than the watcher's own delay.
 */
final class Robots {
    static final Robots ALLOW_ALL = new Robots(List.of(), 0);
    static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)), 0);

    private record Rule(String pattern, boolean allow) {}

    private final List<Rule> rules;
    private final double crawlDelaySeconds;

    private Robots(List<Rule> rules, double crawlDelaySeconds) {
        this.rules = rules;
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    double crawlDelaySeconds() { return crawlDelaySeconds; }

    /** Parses robots.txt for the product token {@code agent} (e.g. "raqib"). */
    static Robots parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>(), anyone = new ArrayList<>();
        double myDelay = -1, anyDelay = -1;
        boolean forMe = false, forAnyone = false, inAgents = false, sawMine = false;
        for (String line : text.split("\r?\n|\r")) {
            int hash = line.indexOf('#');
            String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
            int colon = l.indexOf(':');
            if (colon <= 0) continue;
            String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = false;
                    forAnyone = false;
                }
                inAgents = true;
                String a = value.toLowerCase(Locale.ROOT);
                if (a.equals("*")) forAnyone = true;
                else if (me.startsWith(a) || a.startsWith(me)) {
                    forMe = true;
                    sawMine = true;
                }
                continue;
            }
            inAgents = false;
            if (key.equals("allow") || key.equals("disallow")) {
                if (value.isEmpty()) continue;   // "Disallow:" allows everything
                Rule r = new Rule(value, key.equals("allow"));
                if (forMe) mine.add(r);
                if (forAnyone) anyone.add(r);
            } else if (key.equals("crawl-delay")) {
                try {
                    double d = Double.parseDouble(value);
                    if (forMe) myDelay = d;
                    if (forAnyone) anyDelay = d;
                } catch (NumberFormatException ignored) {
                    // an unreadable delay is no delay
                }
            }
        }
        return sawMine ? new Robots(mine, Math.max(0, myDelay)) : new Robots(anyone, Math.max(0, anyDelay));
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (!matches(r.pattern(), path)) continue;
            if (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow()) best = r;
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchFrom(p, 0, path, 0, anchored);
    }

    private static boolean matchFrom(String p, int i, String s, int j, boolean anchored) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                for (int k = j; k <= s.length(); k++) if (matchFrom(p, i + 1, s, k, anchored)) return true;
                return false;
            }
            if (j >= s.length() || s.charAt(j) != c) return false;
            i++;
            j++;
        }
        return !anchored || j == s.length();
    }
}
