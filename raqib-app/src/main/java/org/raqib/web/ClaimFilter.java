package org.raqib.web;

import org.raqib.model.Kind;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Stance;

/** Filters of the claims API: by document, stance, kind, source or perpetrator actor, country. */
public record ClaimFilter(String document, Stance stance, Kind kind, String source, String perpetrator, String country) {
    public static ClaimFilter of(Params p) {
        return new ClaimFilter(p.get("document"), p.code("stance", Stance.class, Stance::code),
                p.code("kind", Kind.class, Kind::code), p.get("source"), p.get("perpetrator"), p.get("country"));
    }

    public boolean matches(SourcedClaim sc) {
        var c = sc.claim();
        if (document != null && !sc.docSha().equals(document)) return false;
        if (stance != null && c.stance() != stance) return false;
        if (kind != null && c.kind() != kind) return false;
        if (source != null && (c.source() == null || !source.equalsIgnoreCase(c.source().actor()))) return false;
        if (perpetrator != null && (c.perpetrator() == null || !perpetrator.equalsIgnoreCase(c.perpetrator().actor()))) return false;
        if (country != null && (c.place() == null || !country.equalsIgnoreCase(c.place().country()))) return false;
        return true;
    }
}
