package org.raqib.web;

import org.raqib.model.Assessment;
import org.raqib.model.Count;
import org.raqib.model.Range;

/** Small formatting rules shared by the pages and the API. */
public final class Format {
    private Format() {}

    /** Deaths the sources state: all dead when given, else civilians plus combatants (as the CSV export). */
    public static Range fatalities(Assessment a) {
        if (!a.killed().isEmpty()) return a.killed();
        if (a.combatantsKilled().isEmpty()) return a.civiliansKilled();
        if (a.civiliansKilled().isEmpty()) return a.combatantsKilled();
        return new Range(a.civiliansKilled().min() + a.combatantsKilled().min(),
                a.civiliansKilled().max() + a.combatantsKilled().max());
    }

    /** A stated count as its bounds say: "43", "≥ 38", "~2000", "3–5", "≤ 15", "?" for vague words. */
    public static String count(Count c) {
        if (c.best() == null) return "?";
        if (c.low() != null && c.high() != null) return c.low().equals(c.high()) ? c.low().toString() : c.low() + "–" + c.high();
        if (c.low() != null) return "≥ " + c.low();
        if (c.high() != null) return "≤ " + c.high();
        return "~" + c.best();
    }

    /** A link target only when it is a web address: a stored "javascript:" URL is shown as text, never linked. */
    public static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
    }
}
