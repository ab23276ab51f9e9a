package org.raqib.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.FormBits;
import org.raqib.text.Token;

/**
 * Reads numbers as Arabic news writes them: digits (already ASCII after normalization),
 * words (ثلاثة، ثلاثين، خمسة وعشرين، مئة وخمسون، ثلاثة عشر), scales after digits or words
 * (43 ألفا و799، ثلاثة آلاف، ألفين) and vague quantities (عشرات، مئات، آلاف، عدة، عدد من).
 * The word list is numbers.tsv of the rule set.
 */
public final class ArabicNumbers {
    enum Role { UNIT, TEN, HUNDRED, SCALE, SCALE_DUAL, SCALE_PLURAL, VAGUE, SEVERAL }

    private record Word(long value, Role role) {}

    private final Map<String, Word> words = new HashMap<>();
    private static final String AND = "و";
    /** The rule set's word bits, with one bit for "a form of this token is a number word" (0: no bit left). */
    private final FormBits bits;
    private final long numberWord;

    public ArabicNumbers(org.raqib.rules.RuleData rules) {
        bits = rules.index();
        numberWord = bits.newBit();
        for (var r : org.raqib.rules.RuleFile.read(rules.source(), "numbers.tsv", 3, 3)) {
            String word = ArabicNormalizer.normalizeWord(r.col(0));
            words.put(word, new Word(r.number(1), r.kind(2, Role.class)));
            bits.add(word, numberWord);
        }
        bits.add("عدد", numberWord); // عدد من: several (not a number word of the list, but a number's start)
    }

    /** Whether no form of the word token is a number word (most words: one bit test instead of a lookup per form). */
    private boolean noNumberWord(Token t) { return numberWord != 0 && (t.mask(bits) & numberWord) == 0; }

    /** The words that make عدد "a number of" rather than a count (normalized). */
    private static final java.util.Set<String> SEVERAL_AFTER = java.util.Set.of("من", "اخر", "كبير", "قليل", "محدود");

    /** The number starting at token i (before limit), or null. */
    public NumberMatch parse(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.isNumber() && (!t.isWord() || noNumberWord(t))) return null; // most tokens: one bit test
        if (t.isWord() && t.hasForm("عدد") && i + 1 < limit && SEVERAL_AFTER.contains(tokens.get(i + 1).text())) {
            return new NumberMatch(i, i + 2, null, false); // عدد من، عدد آخر، عدد كبير: several
        }
        Part first = part(tokens, i, limit);
        if (first == null) return null;
        if (first.role == Role.VAGUE || first.role == Role.SEVERAL) {
            return new NumberMatch(i, first.to, first.role == Role.SEVERAL ? null : first.value, true);
        }
        if (first.vague) return new NumberMatch(i, first.to, first.value, true);
        long value = first.value;
        int end = first.to;
        // "و" + a smaller part: 43 ألفا و799, مئة وخمسون, خمسة وعشرون (unit before ten)
        while (end < limit) {
            int j = end;
            boolean separateAnd = tokens.get(j).text().equals(AND);
            if (separateAnd) j++;
            if (j >= limit) break;
            Token next = tokens.get(j);
            if (!separateAnd && !next.startsWithConjunction() && !(next.isWord() && next.text().startsWith(AND))) break;
            Part p = separateAnd ? part(tokens, j, limit) : partAfterConjunction(tokens, j, limit);
            if (p == null || p.vague || p.role == Role.VAGUE || p.role == Role.SEVERAL) break;
            if (!combines(value, p.value)) break;
            value += p.value;
            end = p.to;
        }
        return new NumberMatch(i, end, value, false);
    }

    /** Whether "a و b" is one number: units before tens, or a smaller remainder after a round number. */
    private static boolean combines(long a, long b) {
        if (a < 10 && b >= 20 && b < 100 && b % 10 == 0) return true;
        long scale = a >= 1_000_000 ? 1_000_000 : a >= 1000 ? 1000 : a >= 100 ? 100 : 0;
        return scale > 0 && a % scale == 0 && b < scale;
    }

    private record Part(int to, long value, Role role, boolean vague) {}

    private Part partAfterConjunction(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        // the token is وعشرين etc.: look the word up without its conjunction
        String[] forms = t.forms();
        for (int f = 1; f < forms.length; f++) {
            Word w = words.get(forms[f]);
            if (w != null && forms[f].length() == t.text().length() - 1) return extend(tokens, i, limit, w.value, w.role);
        }
        return null;
    }

    private Part part(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            if (t.number() < 0) return null;
            // thousands separators written as a dot or comma: 34.183، 34,183 (a group of three digits, no spaces)
            long value = t.number();
            int k = i;
            while (t.text().length() <= 3 && k + 2 < limit && (tokens.get(k + 1).is('.') || tokens.get(k + 1).is(','))
                    && tokens.get(k + 2).isNumber() && tokens.get(k + 2).text().length() == 3
                    && tokens.get(k).end() == tokens.get(k + 1).start() && tokens.get(k + 1).end() == tokens.get(k + 2).start()) {
                value = value * 1000 + tokens.get(k + 2).number();
                k += 2;
            }
            return extend(tokens, k, limit, value, Role.UNIT);
        }
        if (!t.isWord() || noNumberWord(t)) return null;
        Word w = words.get(t.text());
        if (w == null) {
            // a conjunction, preposition or article may be attached: وثماني، بثلاثة، العشرات
            String[] forms = t.forms();
            for (int f = 1; f < forms.length && w == null; f++) {
                Word c = words.get(forms[f]);
                // الاثنين is Monday and الثلاثة an adjective: only vague words take the article (العشرات)
                // (and الآلاف alone: "جرح الآلاف", thousands, a vague floor of 1000)
                if (c != null && (!hasArticle(t.text()) || c.role == Role.VAGUE || c.role == Role.SCALE_PLURAL)) w = c;
            }
        }
        if (w == null) return null;
        return extend(tokens, i, limit, w.value, w.role);
    }

    /** "أطفالها الثلاثة": a number word of 2 to 10 with the article, the adjective after a noun made definite. */
    public Long definiteUnit(Token t) {
        if (!t.isWord() || !hasArticle(t.text())) return null;
        for (String form : t.forms()) {
            Word c = words.get(form);
            if (c != null && c.role == Role.UNIT && c.value >= 2) return c.value;
        }
        return null;
    }

    /** A base value followed by teens' عشر or a scale word: ثلاثة عشر، 43 ألفا، ثلاثة آلاف. */
    private Part extend(List<Token> tokens, int i, int limit, long value, Role role) {
        int j = i + 1;
        switch (role) {
            case VAGUE -> { // عشرات الآلاف: tens of thousands, the lower bound 10,000 as ACLED reads عشرات
                Word scale = j < limit ? scaleOf(tokens.get(j)) : null;
                return scale == null ? new Part(j, value, role, true) : new Part(j + 1, value * scale.value, role, true);
            }
            case SEVERAL -> { return new Part(j, value, role, true); }
            case SCALE, SCALE_DUAL -> { return new Part(j, value, role, false); }
            case SCALE_PLURAL -> { return new Part(j, value, role, true); } // آلاف alone: thousands
            default -> { }
        }
        if (role == Role.UNIT && value < 10 && j < limit && !tokens.get(i).isNumber()) {
            Word w = words.get(tokens.get(j).text());
            if (w != null && w.value == 10 && w.role == Role.UNIT) { // ثلاثة عشر
                value += 10;
                j++;
            }
        }
        if (j < limit) {
            Token next = tokens.get(j);
            Word w = next.isWord() ? words.get(next.text()) : null;
            if (w != null && (w.role == Role.SCALE || w.role == Role.SCALE_PLURAL)) {
                return new Part(j + 1, value * w.value, role, false);
            }
            if (w != null && w.role == Role.HUNDRED && w.value == 100 && value < 10 && !tokens.get(i).isNumber()) {
                return new Part(j + 1, value * 100, role, false); // ثلاث مئة
            }
        }
        return new Part(j, value, role, false);
    }

    /** آلاف، الآلاف، ملايين after a vague word: the scale it multiplies. */
    private Word scaleOf(Token t) {
        if (!t.isWord() || noNumberWord(t)) return null;
        for (String f : t.forms()) {
            Word w = words.get(f);
            if (w != null && w.role == Role.SCALE_PLURAL) return w;
        }
        return null;
    }

    private static boolean hasArticle(String w) {
        return w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لل") || w.startsWith("فال");
    }

    /** Whether a number may start at this token (digits or a number word): cheaper than {@link #parse}. */
    boolean startsNumber(Token t) {
        if (t.isNumber()) return true;
        if (!t.isWord() || noNumberWord(t)) return false;
        for (String f : t.forms()) if (words.containsKey(f)) return true;
        return false;
    }

    /** True when a normalized word is a number word (for filters that must not take it as a noun). */
    public boolean isNumberWord(String normalized) { return words.containsKey(normalized); }

}
