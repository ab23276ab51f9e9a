package org.raqib.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, at the same position, a word's forms without its one-letter proclitics: the
 * conjunctions و and ف, the prepositions ب, ل and ك, and لل (ل + ال). Lucene's Arabic light
 * stemmer strips و and the article with its prepositions (بال، كال، فال، لل) but not a bare
 * preposition, so بغارة would stem to بغار and miss غارة. The original form is kept too (بيت
 * is not ب + يت), so a word never loses its own reading; the extra forms cost only some recall
 * noise on short words, which is why words of three letters or fewer are left alone.
 */
final class ProcliticFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    ProcliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        List<String> forms = forms(term.toString());
        if (!forms.isEmpty()) {
            pending.addAll(forms);
            state = captureState();
        }
        return true;
    }

    /** The forms of a (normalised) word without proclitics, the word itself excluded. */
    static List<String> forms(String w) {
        List<String> out = new ArrayList<>(3);
        List<String> bases = new ArrayList<>(2);
        bases.add(w);
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            add(out, w.substring(1), w);
            bases.add(w.substring(1));
        }
        for (String b : bases) {
            if (b.length() <= 3) continue;
            if (b.startsWith("لل") && b.length() > 4) {
                add(out, "ال" + b.substring(2), w);
            } else if (b.charAt(0) == 'ب' || b.charAt(0) == 'ل' || b.charAt(0) == 'ك') {
                add(out, b.substring(1), w);
            }
        }
        return out;
    }

    private static void add(List<String> out, String form, String word) {
        if (!form.equals(word) && !out.contains(form)) out.add(form);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
