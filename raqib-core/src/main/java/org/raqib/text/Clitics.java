package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate forms of a normalized Arabic word with clitics removed. The analysis is
 * deliberately over-generating (بلده → لده is produced too): lexicons hold real words, so
 * a junk form simply matches nothing, while every real reading is available.
 */
final class Clitics {
    private static final String[] SUFFIXES = {"هما", "هم", "هن", "ها", "ه", "نا", "كم", "ي"};

    /** The particles of two letters that و or ف is written onto (ولم، وما، ولا، وقد، ولن). */
    private static final java.util.Set<String> TWO_LETTER_WORDS = java.util.Set.of("لم", "ما", "لا", "قد", "لن");

    private Clitics() {}

    /** The surface first, then every form with clitics removed. */
    static String[] forms(String w) {
        List<String> out = new ArrayList<>(6);
        out.add(w);
        // conjunctions و / ف
        String conj = null;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            conj = w.substring(1);
            add(out, conj);
        } else if (w.length() == 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && TWO_LETTER_WORDS.contains(w.substring(1))) {
            add(out, w.substring(1)); // ولم، وما، ولا: و on a word of two letters (ولم ينتج عنها، وما لا يقل عن)
        }
        int base = out.size();
        for (int i = 0; i < base; i++) prepositions(out, out.get(i));
        // definite article ال -> bare word
        int n = out.size();
        for (int i = 0; i < n; i++) {
            String f = out.get(i);
            if (f.length() > 4 && f.startsWith("ال")) add(out, f.substring(2));
        }
        // pronoun suffixes (مصرعهم -> مصرع, أطفالها -> أطفال); a word with the article takes none,
        // so بالإضافة is never read as إضافـ + ه
        n = out.size();
        for (int i = 0; i < n; i++) {
            if (out.get(i).startsWith("ال")) return out.toArray(String[]::new);
        }
        for (int i = 0; i < n; i++) {
            String f = out.get(i);
            for (String s : SUFFIXES) {
                if (f.length() - s.length() >= 3 && f.endsWith(s)) {
                    String stem = f.substring(0, f.length() - s.length());
                    add(out, stem);
                    // a ta marbuta is written ت before a suffix: مسؤوليتها -> مسؤولية (normalized مسووليه)
                    if (stem.length() >= 4 && stem.charAt(stem.length() - 1) == 'ت') add(out, stem.substring(0, stem.length() - 1) + 'ه');
                    break;
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private static void prepositions(List<String> out, String f) {
        if (f.length() <= 3) return;
        char c = f.charAt(0);
        if (f.startsWith("لل") && f.length() > 4) {
            add(out, "ال" + f.substring(2)); // لل = ل + ال with the alef dropped
            add(out, f.substring(1));
        } else if (c == 'ب' || c == 'ل' || c == 'ك') {
            add(out, f.substring(1));
        }
    }

    private static void add(List<String> out, String f) {
        if (!out.contains(f)) out.add(f);
    }
}
