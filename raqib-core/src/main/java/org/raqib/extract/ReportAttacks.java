package org.raqib.extract;

import java.util.List;
import org.raqib.rules.WordSet;

/**
 * What a whole report's attack words say before any claim is read: whether it tells of
 * violence or only of an accident, and whether the only attacks it names are raids (a rocket
 * may be an aircraft's; a shell or artillery is fire from the ground).
 */
record ReportAttacks(boolean violence, boolean accident, boolean onlyRaids) {
    static ReportAttacks of(List<SentenceFacts> facts, Lexicons lex) {
        boolean violence = false, accident = false, raids = false, groundFire = false;
        for (SentenceFacts f : facts) {
            for (var c : f.cues) {
                if (c.value().isEvent()) violence = true;
                if (c.value() == Cue.ACCIDENT) accident = true;
                if (c.value() == Cue.AIRSTRIKE) raids = true;
                if (c.value() == Cue.SHELLING && !lex.has(f.tokens.get(c.from()), WordSet.MUNITION)) groundFire = true;
            }
        }
        return new ReportAttacks(violence, accident, raids && !groundFire);
    }
}
