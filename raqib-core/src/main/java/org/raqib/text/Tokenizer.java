package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into words, numbers, punctuation and line breaks. Letters and
 * digits written together are split (و799 → و 799, الـ12 → ال 12); a number keeps
 * thousands separators when three digits follow (1,500).
 */
public final class Tokenizer {
    private static final Word NEWLINE = Word.itself("\n");

    private Tokenizer() {}

    public static List<Token> tokenize(NormalizedText text) {
        return tokenize(text.normalized());
    }

    public static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>(s.length() / 5 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                tokens.add(new Token(Token.Type.NEWLINE, "\n", i, i + 1, NEWLINE, 0));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c)) {
                i = number(s, i, tokens);
            } else if (c == 'h' && isUrlAt(s, i)) {
                // a web address is one token of no words or numbers (its digits are a path, no toll)
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
                tokens.add(new Token(Token.Type.PUNCT, s.substring(i, j), i, j, Word.itself(s.substring(i, j)), 0));
                i = j;
            } else if (isLetter(c)) {
                int h = c;
                int j = i + 1;
                for (char d; j < n && isLetter(d = s.charAt(j)); j++) h = 31 * h + d;
                Word w = Vocabulary.word(s, i, j, h);
                tokens.add(new Token(Token.Type.WORD, w.surface, i, j, w, 0));
                i = j;
            } else {
                // surrogate pairs (emoji) stay one token
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                Word p = Vocabulary.word(s, i, j, j == i + 1 ? c : 31 * c + s.charAt(i + 1));
                tokens.add(new Token(Token.Type.PUNCT, p.surface, i, j, p, 0));
                i = j;
            }
        }
        return tokens;
    }

    private static boolean isUrlAt(String s, int i) {
        return s.startsWith("http://", i) || s.startsWith("https://", i);
    }

    private static int number(String s, int i, List<Token> tokens) {
        int n = s.length();
        int j = i;
        long value = 0;
        boolean overflow = false;
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                if (value > 100_000_000_000L) overflow = true;
                value = value * 10 + (c - '0');
                j++;
            } else if (c == ',' && j + 3 < n + 1 && threeDigitsAt(s, j + 1)) {
                j++; // thousands separator
            } else {
                break;
            }
        }
        int h = 0;
        for (int k = i; k < j; k++) h = 31 * h + s.charAt(k);
        Word w = Vocabulary.word(s, i, j, h); // numbers and punctuation repeat too; their only form is themselves
        tokens.add(new Token(Token.Type.NUMBER, w.surface, i, j, w, overflow ? -1 : value));
        return j;
    }

    private static boolean threeDigitsAt(String s, int k) {
        if (k + 3 > s.length()) return false;
        for (int m = k; m < k + 3; m++) if (!isDigit(s.charAt(m))) return false;
        return k + 3 == s.length() || !isDigit(s.charAt(k + 3));
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z') || (c > 0x7F && c < '\u0600' && Character.isLetter(c));
    }
}
