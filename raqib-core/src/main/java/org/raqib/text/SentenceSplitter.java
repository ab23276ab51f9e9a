package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokenized news text into sentences. Full stops, question and exclamation marks end
 * a sentence (not a dot inside a word such as سبأ.نت). A line break ends one too, except
 * that a long line with a comma and no final punctuation continues on the next line:
 * captured pages wrap sentences, while headlines, datelines and menus are lines of their own;
 * on a page cut at a fixed width throughout, only a blank line or punctuation ends a sentence.
 * Page furniture (share buttons, "read also" links) is marked so that it yields no claim: a
 * line opened by a furniture phrase, or by a word that is furniture only on a short line or
 * before a colon ("شارك" is a button, and also the verb of "شارك مئات في تشييع ...").
 */
public final class SentenceSplitter {
    /** A line of at least this many words that ends without punctuation is wrapped text. */
    static final int WRAPPED_LINE_WORDS = 12;
    static final int LONG_LINE_WORDS = 22;
    /**
     * Words no sentence or headline ends with (في، من، أبو ...): a line of some length ending with one
     * goes on ("في مخيم أبو" / "شوك شمال المدينة").
     */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("في", "من", "علي", "الي", "عن", "مع", "بين", "حي",
            "ابو", "بن", "قرب", "بعد", "قبل", "منذ", "حتي", "التي", "الذي", "الذين", "ان", "او", "و", "ضد", "لدي", "عند");
    static final int JOINER_LINE_WORDS = 6;

    /** A page is hard-wrapped when at least this share of its lines of some length end unpunctuated ... */
    private static final double WRAPPED_SHARE = 0.5;
    /** ... counting lines of at least this many words, and only on pages with this many of them. */
    private static final int WRAP_TEST_MIN_WORDS = 4;
    private static final int WRAP_TEST_MIN_LINES = 8;
    /** ... and only when those unpunctuated lines have at most this many words on average (a page's width). */
    private static final int WRAPPED_LINE_MAX_WORDS = 15;
    private static final int HEADLINE_MAX_WORDS = 20;
    /** A page's first line with no full stop is its headline up to this many words, however long for a headline. */
    private static final int FIRST_LINE_MAX_WORDS = 35;
    private static final int CROSSHEAD_MAX_WORDS = 8;
    /** At most this many words after a furniture word that may also open a sentence (شارك، اقرأ). */
    static final int SHORT_FURNITURE_WORDS = 6;
    private final List<String[]> furniture;
    private final List<String[]> furnitureIfShort;
    /** The first words of both, so that a sentence opened by none of them is passed at once. */
    private final java.util.Set<String> furnitureFirstWords = new java.util.HashSet<>();
    /**
     * No sentence is longer than this many tokens (the longest real news sentences have about
     * 200): a page with no full stop would otherwise be one sentence, and the work done per
     * sentence grows with the square of its length. A longer run is cut at a safe boundary.
     */
    static final int MAX_SENTENCE_TOKENS = 256;
    /** How far back from the limit a cut looks for a comma, a line break or a word opening with و. */
    private static final int CUT_SEARCH = 64;

    /**
     * @param furniture phrases (normalized words) that open a line of page furniture
     * @param furnitureIfShort words that open furniture only on a short line or before a colon
     */
    public SentenceSplitter(List<String[]> furniture, List<String[]> furnitureIfShort) {
        this.furniture = List.copyOf(furniture);
        this.furnitureIfShort = List.copyOf(furnitureIfShort);
        for (String[] words : furniture) if (words.length > 0) furnitureFirstWords.add(words[0]);
        for (String[] words : furnitureIfShort) if (words.length > 0) furnitureFirstWords.add(words[0]);
    }

    public List<Sentence> split(NormalizedText text, List<Token> tokens) {
        String s = text.normalized();
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        int lineWords = 0;      // words since the last line break
        boolean lineHasComma = false;
        boolean blankLine = false;
        boolean hardWrapped = hardWrapped(tokens, s);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.NEWLINE) {
                boolean doubleBreak = i + 1 < tokens.size() && tokens.get(i + 1).type() == Token.Type.NEWLINE;
                // a long headline has no comma; a sentence cut by the page's line width usually does
                boolean wrapped = (hardWrapped || lineWords >= WRAPPED_LINE_WORDS && lineHasComma || lineWords >= LONG_LINE_WORDS
                        || lineWords >= JOINER_LINE_WORDS && i > 0 && JOINERS.contains(tokens.get(i - 1).text()))
                        && !doubleBreak && from < i && !blankLine
                        && !(i > 0 && tokens.get(i - 1).is(':')) // "موزعين كالتالي:": a list opens on the next line
                        && !(!lineHasComma && firstLineHeadline(tokens, ranges, from, i, lineWords, hardWrapped));
                if (!wrapped) {
                    if (from < i) ranges.add(new int[]{from, i});
                    from = i + 1;
                }
                blankLine = lineWords == 0;
                lineWords = 0;
                lineHasComma = false;
            } else if (t.isWord() || t.isNumber()) {
                lineWords++;
                blankLine = false;
            } else if (t.is(',')) {
                lineHasComma = true;
            } else if (isTerminal(t, s)) {
                int end = i + 1;
                while (end < tokens.size() && isClosing(tokens.get(end))) end++;
                ranges.add(new int[]{from, end});
                from = end;
                i = end - 1;
                lineWords = 0;
            }
        }
        if (from < tokens.size()) ranges.add(new int[]{from, tokens.size()});
        ranges = bounded(ranges, tokens);

        List<Sentence> out = new ArrayList<>(ranges.size());
        boolean sawBody = false;
        for (int[] r : ranges) {
            int a = r[0], b = r[1];
            while (a < b && tokens.get(a).type() == Token.Type.NEWLINE) a++;
            while (b > a && tokens.get(b - 1).type() == Token.Type.NEWLINE) b--;
            if (a >= b) continue;
            int words = 0;
            for (int k = a; k < b; k++) if (!tokens.get(k).isPunct()) words++;
            if (words == 0) continue;
            boolean endsLine = b == tokens.size() || tokens.get(b).type() == Token.Type.NEWLINE;
            boolean startsLine = a == 0 || tokens.get(a - 1).type() == Token.Type.NEWLINE;
            // a crosshead in the body (" الحصيلة تتجاوز 30 ألفا"): a short line of its own, as a headline
            boolean crosshead = startsLine && endsLine && words <= CROSSHEAD_MAX_WORDS && !isTerminal(tokens.get(b - 1), s);
            boolean headline = (!sawBody && endsLine && (words <= HEADLINE_MAX_WORDS || out.isEmpty() && startsLine && words <= FIRST_LINE_MAX_WORDS)
                    || crosshead) && !isTerminal(tokens.get(b - 1), s);
            boolean furniture = isFurniture(tokens, a, b, words) || (words <= 2 && endsLine);
            if (!headline && !furniture) sawBody = true;
            out.add(new Sentence(out.size(), a, b, tokens.get(a).start(), tokens.get(b - 1).end(), headline, furniture));
        }
        return out;
    }

    /**
     * A page's first line, unpunctuated and long for a headline, is still its headline: not one that
     * opens with و or ends with a word no sentence ends with, nor one with a comma (a sentence cut by the page's width).
     */
    private static boolean firstLineHeadline(List<Token> tokens, List<int[]> ranges, int from, int end, int words, boolean hardWrapped) {
        if (!ranges.isEmpty() || hardWrapped || words > FIRST_LINE_MAX_WORDS || from >= end) return false;
        int first = from;
        while (first < end && !tokens.get(first).isWord()) first++;
        if (first >= end || tokens.get(first).startsWithConjunction()) return false;
        for (int k = first; k < end; k++) { // "date 2025-09-19 https://...": a capture's metadata line, no headline
            String w = tokens.get(k).text();
            if (!w.isEmpty() && w.charAt(0) < 0x80 && Character.isLetter(w.charAt(0))) return false;
        }
        return !JOINERS.contains(tokens.get(end - 1).text());
    }

    /**
     * Whether the page was captured with its lines cut at a fixed width ("وكانت الوزارة أعلنت عن
     * مقتل رجلين وجرح" / "ثلاثة من المارة ..."): most of its lines of some length end with no
     * punctuation, and they are short. Then only a blank line or a full stop ends a sentence. A page whose
     * paragraphs end with full stops, and whose unpunctuated lines are its headline and furniture, is not;
     * nor one whose paragraphs have lost their full stops, each a long line.
     */
    private static boolean hardWrapped(List<Token> tokens, String s) {
        int breaks = 0; // most pages have a few lines: count the breaks in the text before reading its tokens
        for (int i = s.indexOf('\n'); i >= 0 && breaks < WRAP_TEST_MIN_LINES; i = s.indexOf('\n', i + 1)) breaks++;
        if (breaks < WRAP_TEST_MIN_LINES - 1) return false;
        int lines = 0, open = 0, words = 0, openWords = 0;
        Token last = null;
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            if (t == null || t.type() == Token.Type.NEWLINE) {
                if (words >= WRAP_TEST_MIN_WORDS) {
                    lines++;
                    if (!endsPunctuated(last, s)) {
                        open++;
                        openWords += words;
                    }
                }
                words = 0;
                last = null;
            } else {
                if (t.isWord() || t.isNumber()) words++;
                last = t;
            }
        }
        // a page whose paragraphs simply lack their full stops has long lines; a width cuts them short
        return lines >= WRAP_TEST_MIN_LINES && open >= WRAPPED_SHARE * lines && openWords <= WRAPPED_LINE_MAX_WORDS * open;
    }

    /** A line ending in a full stop, a colon, or a closing quote or bracket. */
    private static boolean endsPunctuated(Token last, String s) {
        if (last == null || last.type() != Token.Type.PUNCT) return false;
        char c = last.text().charAt(0);
        return isTerminal(last, s) || c == ':' || c == '.' || c == '"' || c == ')' || c == '»' || c == '”' || c == '؟';
    }

    /** The ranges with every one longer than {@link #MAX_SENTENCE_TOKENS} cut into pieces no longer. */
    private static List<int[]> bounded(List<int[]> ranges, List<Token> tokens) {
        List<int[]> out = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            int a = r[0];
            while (r[1] - a > MAX_SENTENCE_TOKENS) {
                int cut = cutPoint(tokens, a + MAX_SENTENCE_TOKENS);
                out.add(new int[]{a, cut});
                a = cut;
            }
            out.add(new int[]{a, r[1]});
        }
        return out;
    }

    /** Where to end a piece that may go up to {@code limit}: after a comma or line break, before و, else at the limit. */
    private static int cutPoint(List<Token> tokens, int limit) {
        for (int k = limit; k > limit - CUT_SEARCH; k--) {
            Token before = tokens.get(k - 1);
            if (before.is(',') || before.is(';') || before.type() == Token.Type.NEWLINE) return k;
        }
        for (int k = limit - 1; k > limit - CUT_SEARCH; k--) {
            Token t = tokens.get(k);
            if (t.startsWithConjunction() || t.textIs("و")) return k;
        }
        return limit;
    }

    private static boolean isTerminal(Token t, String s) {
        if (t.type() != Token.Type.PUNCT) return false;
        char c = t.text().charAt(0);
        if (c == '!' || c == '?') return true;
        if (c != '.') return false;
        // a dot inside a word or number (سبأ.نت, 2.5) does not end a sentence
        int next = t.end();
        if (next < s.length() && Character.isLetterOrDigit(s.charAt(next))) return false;
        if (abbreviation(s, t.start())) return false;
        return !pauseDots(s, t.start());
    }

    /** "د. محمد"، "م. أحمد": one letter and a dot is a title, not a sentence's end. */
    private static boolean abbreviation(String s, int dot) {
        return dot >= 1 && Character.isLetter(s.charAt(dot - 1)) && s.charAt(dot - 1) > 0x0600 && s.charAt(dot - 1) < 0x06FF
                && (dot == 1 || !Character.isLetterOrDigit(s.charAt(dot - 2)));
    }

    /**
     * Two or more dots with words after them on the same line ("سقوط 9 شهداء .. بغارات
     * إسرائيلية"): a pause inside the sentence, as headlines write it, not its end.
     */
    private static boolean pauseDots(String s, int at) {
        int start = at, end = at;
        while (start > 0 && (s.charAt(start - 1) == '.' || s.charAt(start - 1) == '…')) start--;
        while (end < s.length() && (s.charAt(end) == '.' || s.charAt(end) == '…')) end++;
        if (end - start < 2 && s.charAt(at) != '…') return false;
        int k = end;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
        return k < s.length() && Character.isLetter(s.charAt(k));
    }

    private static boolean isClosing(Token t) {
        if (t.type() != Token.Type.PUNCT) return false;
        char c = t.text().charAt(0);
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
    }

    private boolean isFurniture(List<Token> tokens, int a, int b, int words) {
        int first = a;
        while (first < b && tokens.get(first).isPunct()) first++;
        if (first >= b || !furnitureFirstWords.contains(tokens.get(first).text())) return false;
        if (startsWith(tokens, first, b, furniture) > 0) return true;
        int end = startsWith(tokens, first, b, furnitureIfShort);
        if (end < 0) return false;
        return words <= SHORT_FURNITURE_WORDS || (end < b && tokens.get(end).is(':'));
    }

    /** Where the first of {@code starts} found at token {@code first} ends, or -1. */
    private static int startsWith(List<Token> tokens, int first, int b, List<String[]> starts) {
        for (String[] words : starts) {
            if (first + words.length > b) continue;
            boolean ok = true;
            for (int k = 0; k < words.length && ok; k++) ok = tokens.get(first + k).text().equals(words[k]);
            if (ok) return first + words.length;
        }
        return -1;
    }
}
