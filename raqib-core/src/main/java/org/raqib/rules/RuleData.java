package org.raqib.rules;

import org.raqib.text.FormBits;

/**
 * What the parts of one rule set are loaded from: its files, its word sets, and the index of
 * first words its phrase matchers share. Nothing in it is shared with another rule set.
 */
public record RuleData(RuleSource source, WordSets words, FormBits index) {
    public static RuleData of(RuleSource source) { return new RuleData(source, new WordSets(source), new FormBits()); }
}
