package org.raqib.text;

/**
 * A token of normalized text. Words carry their clitic-stripped {@link #forms()}, e.g.
 * {@code وبالقصف} → [وبالقصف, بالقصف, القصف, قصف], so lexicons can hold bare words and
 * still match the forms news writes.
 */
public final class Token {
    public enum Type { WORD, NUMBER, PUNCT, NEWLINE }

    private final Type type;
    private final String text;
    private final int start;
    private final int end;
    private final Word word;
    private final String[] forms;
    private final long number;

    Token(Type type, String text, int start, int end, Word word, long number) {
        this.type = type;
        this.text = text;
        this.start = start;
        this.end = end;
        this.word = word;
        this.forms = word.forms;
        this.number = number;
    }

    public Type type() { return type; }

    /** The normalized surface text. */
    public String text() { return text; }

    /** Offset in the normalized text (inclusive). */
    public int start() { return start; }

    /** Offset in the normalized text (exclusive). */
    public int end() { return end; }

    /** Surface first, then forms with proclitics (و ف ب ل ك ال) and pronoun suffixes removed. */
    public String[] forms() { return forms; }

    /** The distinct word this token is an occurrence of. */
    Word word() { return word; }

    /** The value of a NUMBER token. */
    public long number() { return number; }

    public boolean isWord() { return type == Type.WORD; }

    public boolean isNumber() { return type == Type.NUMBER; }

    public boolean isPunct() { return type == Type.PUNCT || type == Type.NEWLINE; }

    public boolean is(char punct) { return type == Type.PUNCT && text.length() == 1 && text.charAt(0) == punct; }

    /**
     * Whether the normalized surface is exactly {@code word}: the hash held on the shared word rules
     * out almost every other token without a look at its text (for loops that test every token).
     */
    public boolean textIs(String word) { return this.word.hash == word.hashCode() && text.equals(word); }

    /** Whether the normalized surface is exactly one of {@code words} (a short list, tested as {@link #textIs}). */
    public boolean textIsOneOf(String[] words) {
        for (String w : words) if (textIs(w)) return true;
        return false;
    }

    /** True when the surface or one of its clitic-stripped forms equals {@code form}. */
    public boolean hasForm(String form) { return word.hasForm(form); }

    /** The bits the surface or any of its clitic forms has in {@code bits} (cached per distinct word). */
    public long mask(FormBits bits) { return word.union(bits); }

    /** The bits of each form in {@code bits}, in the order of {@link #forms()}. */
    long[] formMasks(FormBits bits) { return word.perForm(bits); }

    /** True when the token starts with the conjunction و (or ف) as a proclitic. */
    public boolean startsWithConjunction() {
        return type == Type.WORD && text.length() > 2 && (text.charAt(0) == 'و' || text.charAt(0) == 'ف')
                && forms.length > 1 && !F_OF_THE_WORD.contains(text);
    }

    /** Frequent words whose ف is their own first letter: في with a pronoun (قضى فيها 11), فقط، فوق، فترة. */
    private static final java.util.Set<String> F_OF_THE_WORD = java.util.Set.of("فيه", "فيها", "فيهم", "فيهما", "فيما", "فيهن",
            "فقط", "فوق", "فتره");

    @Override
    public String toString() { return text; }
}
