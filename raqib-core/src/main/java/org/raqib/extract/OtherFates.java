package org.raqib.extract;

import java.util.List;
import org.raqib.text.Token;

/**
 * Words right before a count that make it no toll: people driven from their homes ("فضلا عن
 * نزوح ثلاثة ملايين آخرين") and people still somewhere ("ولا يزال الآلاف من الضحايا تحت الركام":
 * missing under the rubble, not counted dead).
 */
final class OtherFates {
    /** How far before a count the word may stand. */
    private static final int REACH = 3;
    private static final java.util.Set<String> STILL = java.util.Set.of("يزال", "تزال", "زال", "زالت", "يزالون");

    private OtherFates() {}

    static boolean before(List<Token> t, int i, int from) {
        for (int k = Math.max(from, i - REACH); k < i; k++) {
            if (ListedTolls.displaced(t, k)) return true;
            for (String form : t.get(k).forms()) if (STILL.contains(form)) return true;
        }
        return false;
    }
}
