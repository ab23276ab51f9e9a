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
    /** The words, displaced (ListedTolls') and still, in one set: one lookup per form. */
    private static final java.util.Set<String> WORDS = words();

    private static java.util.Set<String> words() {
        java.util.Set<String> all = new java.util.HashSet<>(ListedTolls.DISPLACED);
        all.addAll(java.util.List.of("يزال", "تزال", "زال", "زالت", "يزالون"));
        return java.util.Set.copyOf(all);
    }

    private OtherFates() {}

    static boolean before(List<Token> t, int i, int from) {
        for (int k = Math.max(from, i - REACH); k < i; k++) {
            Token w = t.get(k);
            if (!w.isWord()) continue;
            for (String form : w.forms()) if (WORDS.contains(form)) return true;
        }
        return false;
    }
}
