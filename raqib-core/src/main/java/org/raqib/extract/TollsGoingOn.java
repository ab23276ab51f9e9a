package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;

/**
 * Tolls that go on with a claim told before: "منهم" and "آخرين" take its people; the state of
 * some of the same wounded, or the names of the people it counted, are no toll of their own.
 */
final class TollsGoingOn {
    private TollsGoingOn() {}

    /** The claim a count goes on with: "منهم" the last sentence's, "آخرين" this sentence's last or else the last one's. */
    static Claim continuedClaim(CountMention first, List<Repeats.Found> sentenceSoFar, Context ctx) {
        if (first.ofThem()) return sentenceSoFar.isEmpty() ? ctx.lastClaim : null;
        if (first.othersKilled()) return sentenceSoFar.isEmpty() ? ctx.lastClaim : sentenceSoFar.getLast().claim();
        return null;
    }

    /**
     * A lone count of the wounded "of them" (منهم) no more than the wounded of the claim it goes
     * on with: their state, not another toll. (Dead "of them" may be a strike of a tally's own.)
     */
    static boolean partOfTheSameToll(List<CountMention> group, Claim continued) {
        CountMention m = group.getFirst();
        if (group.size() != 1 || !m.ofThem() || m.best() == null || m.category() != Category.INJURED) return false;
        Count whole = continued.counts().get(m.category());
        return whole != null && whole.best() != null && m.best() <= whole.best();
    }

    /**
     * Counts each followed by "هم" and names ("4 مدنيين هم ..."), none above the same category of
     * the claim before: who they were, not another toll.
     */
    static boolean namesThoseCounted(SentenceFacts f, List<CountMention> group, Claim before) {
        for (CountMention m : group) {
            if (m.to() >= f.to || !f.tokens.get(m.to()).hasForm("هم") || m.best() == null) return false;
            Count earlier = before.counts().get(m.category());
            if (earlier == null || earlier.best() == null || earlier.best() < m.best()) return false;
        }
        return true;
    }

    /**
     * Fewer dead in all than civilians dead: the figure in all is not the toll in all, and goes
     * ("فقتلت العشرات، ويقدر عددهم بنحو 60 مدنيا": the closer figure stands; "20 مدنيا ...
     * ومن بين الضحايا 8 أشخاص من أسرة": a part).
     */
    static void dropFewerDeadThanCivilians(java.util.Map<Category, Count> byCategory) {
        var dead = byCategory.get(Category.KILLED);
        var civilians = byCategory.get(Category.CIVILIANS_KILLED);
        if (dead != null && civilians != null && dead.best() != null && civilians.best() != null
                && dead.best() < civilians.best()) byCategory.remove(Category.KILLED);
    }

    /**
     * "مقتل اثنين من عناصره، ما يرفع الحصيلة إلى 317": a running total raised by the fighters just
     * told of counts fighters too (a party's own dead), not all the dead.
     */
    static boolean raisesFightersToll(SentenceFacts f, CountMention m, Claim before) {
        if (m.category() != Category.KILLED || before == null || before.counts().size() != 1
                || !before.counts().containsKey(Category.COMBATANTS_KILLED)) return false;
        // "إلى 30 قتيلا بشكل إجمالي": all the dead, in all
        for (int k = m.to(); k < Math.min(f.to, m.to() + 3); k++) if (f.tokens.get(k).text().contains("اجمالي")) return false;
        for (int k = Math.max(f.from, m.from() - 5); k < m.from(); k++) {
            for (String form : f.tokens.get(k).forms()) if (RAISES.contains(form)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> RAISES = java.util.Set.of("يرفع", "ترفع", "يرتفع", "ليرتفع", "ترتفع", "لترتفع");

    /** Whom a toll counts as a whole: all the dead when it gives them, else the people it names first. */
    static Category headOf(Claim c) {
        if (c.counts().containsKey(Category.KILLED)) return Category.KILLED;
        for (Category k : List.of(Category.CIVILIANS_KILLED, Category.COMBATANTS_KILLED, Category.CHILDREN_KILLED,
                Category.WOMEN_KILLED)) {
            if (c.counts().containsKey(k)) return k;
        }
        return Category.KILLED;
    }

    /**
     * Whether a toll says it is of another attack (وفي هجوم آخر، غارة أخرى، في هجوم مستقل: an attack
     * word, then the word) before its figures, or counts other people (قتل 3 جنود آخرين): then it
     * repeats no toll told before, even with the same figures.
     */
    static boolean another(SentenceFacts f, ClaimExtractor.Segment seg, List<CountMention> group) {
        for (var c : f.cues) { // (the sentence's cues in order, read in place: this runs for every claim)
            if (c.from() >= seg.countsFrom()) break;
            if (c.value().isEvent() && c.to() < f.to && f.tokens.get(c.to()).textIsOneOf(ANOTHER)) return true;
        }
        for (CountMention m : group) { // "3 جنود آخرين" dead: more dead than told (the wounded "آخرين" are the dead's fellows)
            if (m.category() == Category.INJURED || m.group() == null || m.group() == org.raqib.extract.Lexicons.Group.OTHERS) continue;
            for (int k = m.from(); k <= Math.min(m.to(), f.to - 1); k++) if (f.tokens.get(k).textIsOneOf(OTHERS)) return true;
        }
        return false;
    }

    private static final String[] ANOTHER = {"اخر", "اخري", "ثان", "ثاني", "ثانيه", "مستقل", "منفصل", "مماثل", "مماثله"};
    private static final String[] OTHERS = {"اخرين", "اخرون"};

    /** Whether a claim names an attacker other than the claim before's. */
    static boolean anotherAttacker(org.raqib.model.ActorMention perpetrator, Claim before) {
        return perpetrator != null && before.perpetrator() != null && !perpetrator.actor().equals(before.perpetrator().actor());
    }
}
