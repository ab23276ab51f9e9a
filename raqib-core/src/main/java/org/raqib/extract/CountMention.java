package org.raqib.extract;

import org.raqib.extract.Lexicons.Group;
import org.raqib.extract.Lexicons.Harm;
import org.raqib.model.Category;

/**
 * A toll read from tokens [from, to): the number with its qualifiers and noun. {@code among}
 * marks a part of the toll just given (بينهم ثلاثة أطفال); {@code ownTrigger} says the count
 * has a harm word of its own rather than one inherited from the count before it;
 * {@code ofThem} marks a bare number "of them" (مقتل 193 منهم), a part of a toll given before.
 * {@code harmWhy}, {@code qualifierWhy} and {@code peopleWhy} name the rules that decided the
 * harm, the bounds and the people counted, with the words they read (for explanations).
 */
record CountMention(int from, int to, Long low, Long best, Long high, Group group, Harm harm,
                    boolean among, boolean ownTrigger, boolean outOf, boolean ofThem,
                    Why harmWhy, Why qualifierWhy, Why peopleWhy) {

    /**
     * A rule that decided part of a toll, the row of a rule file it used (file and phrase, or
     * null), and the tokens [from, to) it read. Its name is built only when explaining.
     */
    record Why(String rule, String file, String phrase, int from, int to) {
        String name(Lexicons lex) { return file == null ? rule : rule + " " + lex.rule(file, phrase); }
    }

    /** Whether a claim's tolls count fighters killed, and perhaps the wounded, and no one else. */
    static boolean onlyFighters(java.util.List<CountMention> group) {
        boolean fighters = false;
        for (CountMention m : group) {
            Category c = m.category();
            if (c == Category.COMBATANTS_KILLED) fighters = true;
            else if (c != Category.INJURED) return false;
        }
        return fighters;
    }

    /** Whether every toll counts fighters (جنود، عناصر), killed or wounded. */
    static boolean allFighters(java.util.List<CountMention> group) {
        for (CountMention m : group) if (m.group() != Group.COMBATANT) return false;
        return !group.isEmpty();
    }

    /** "25 آخرين" killed: more of the people counted just before. */
    boolean othersKilled() { return group == Group.OTHERS && harm == Harm.KILLED; }

    /** Whether the count goes on with a claim given before ("منهم"، "آخرين") and takes its people. */
    boolean continuesAClaim() { return ofThem || othersKilled(); }

    Category category() {
        if (harm == Harm.INJURED) return Category.INJURED;
        if (group == null) return Category.KILLED;
        return switch (group) {
            case CIVILIAN -> Category.CIVILIANS_KILLED;
            case CHILD -> Category.CHILDREN_KILLED;
            case WOMAN -> Category.WOMEN_KILLED;
            case COMBATANT -> Category.COMBATANTS_KILLED;
            default -> Category.KILLED;
        };
    }

    /** Notes, when explaining, the count and the rules that read its harm, people and qualifier. */
    void explain(String field, Lexicons lex, ClaimExtractor.Context ctx) {
        if (!ctx.explaining()) return;
        ctx.note(field, among() ? "count (a part of the toll before: بينهم)" : "count", from(), to());
        for (Why w : new Why[]{harmWhy(), peopleWhy(), qualifierWhy()}) {
            if (w != null) ctx.note(field, w.name(lex), w.from(), w.to());
        }
    }
}
