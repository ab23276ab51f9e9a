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
        // the first claim with an attacker for each number of dead, filled as the claims go by (one pass, not every pair)
        java.util.Map<Long, Claim> firstByDead = new java.util.HashMap<>();
        for (int b = 0; b < found.size(); b++) {
            Claim later = found.get(b).claim();
            if (later.stance() != Stance.ALLEGES || later.kind() != Kind.INCIDENT) continue;
            long dead = SummedLeads.dead(later);
            if (later.perpetrator() != null) {
                if (dead > 0) firstByDead.putIfAbsent(dead, later);
                continue;
            }
            Claim told = dead > 0 ? firstByDead.get(dead) : null;
            if (told == null) continue;
            if (out == null) out = new ArrayList<>(found);
            List<Explanation.Step> steps = found.get(b).steps();
            if (steps != null) steps.add(new Explanation.Step("perpetrator", "perpetrator.the-same-toll-told-before (another speaker's, as many dead)", ""));
            EventType event = later.eventType() == EventType.UNKNOWN ? told.eventType() : later.eventType();
            out.set(b, new Repeats.Found(new Claim(later.doc(), later.kind(), later.stance(), later.source(), told.perpetrator(), event,
                    later.date(), later.place(), later.counts(), later.evidence()), found.get(b).headline(), steps, found.get(b).another()));
        }
        return out == null ? found : out;
    }
}
