package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import org.raqib.model.Claim;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Stance;

/**
 * A toll another speaker tells again: "ارتكب النظام مجزرة راح ضحيتها 15 مدنيا", then "صرحت النقاط الطبية
 * عن وقوع 15 ضحية". Two speakers make two claims (Repeats keeps both), but the second, naming no
 * attacker, is the same attack's: it takes the attacker, and the kind of attack when it names none,
 * of the first claim that gave as many dead.
 */
final class RetoldTolls {
    private RetoldTolls() {}

    static List<Repeats.Found> attackersCarried(List<Repeats.Found> found) {
        List<Repeats.Found> out = null;
        for (int b = 1; b < found.size(); b++) {
            Claim later = found.get(b).claim();
            if (later.perpetrator() != null || later.stance() != Stance.ALLEGES || later.kind() != Kind.INCIDENT) continue;
            Claim told = firstWithTheFigures(found, b);
            if (told == null) continue;
            if (out == null) out = new ArrayList<>(found);
            List<Explanation.Step> steps = found.get(b).steps();
            if (steps != null) steps.add(new Explanation.Step("perpetrator", "perpetrator.the-same-toll-told-before (another speaker's, the same figures)", ""));
            EventType event = later.eventType() == EventType.UNKNOWN ? told.eventType() : later.eventType();
            out.set(b, new Repeats.Found(new Claim(later.doc(), later.kind(), later.stance(), later.source(), told.perpetrator(), event,
                    later.date(), later.place(), later.counts(), later.evidence()), found.get(b).headline(), steps, found.get(b).another()));
        }
        return out == null ? found : out;
    }

    /** The first claim before b with an attacker and as many dead as b (all, civilians or fighters), or null. */
    private static Claim firstWithTheFigures(List<Repeats.Found> found, int b) {
        long dead = SummedLeads.dead(found.get(b).claim());
        for (int a = 0; a < b && dead > 0; a++) {
            Claim c = found.get(a).claim();
            if (c.perpetrator() != null && c.stance() == Stance.ALLEGES && c.kind() == Kind.INCIDENT && SummedLeads.dead(c) == dead) return c;
        }
        return null;
    }
}
