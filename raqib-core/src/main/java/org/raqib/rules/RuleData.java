package org.raqib.rules;

import org.raqib.text.FormBits;

/**
 * What the parts of one rule set are loaded from: its files, its word sets, and the index of
 * words (first words of phrases, word-set members) its parts share. Nothing in it is shared with another rule set.
 */
public record RuleData(RuleSource source, WordSets words, FormBits index) {
    public static RuleData of(RuleSource source) {
        FormBits index = new FormBits(); // one set of bits for the word sets and the phrase matchers: one mask a token
        return new RuleData(source, new WordSets(source, index), index);
    }
}
