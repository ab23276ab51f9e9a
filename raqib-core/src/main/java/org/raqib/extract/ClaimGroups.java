package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import org.raqib.model.Category;
import org.raqib.text.Token;

/** How a sentence's tolls split into claims, and where each claim's stretch of the sentence starts. */
final class ClaimGroups {
    private ClaimGroups() {}

    /**
     * Where the clause of a toll starts: back from the toll to a comma, or to a word opening
     * with the conjunction و (وقتل 39 مدنيا), not before the previous claim's last toll; the
     * toll itself when no boundary is near.
     */
    static int clauseStart(SentenceFacts f, int previousEnd, int toll) {
        for (int k = toll; k > previousEnd && toll - k < 6; k--) {
            Token before = f.tokens.get(k - 1);
            if (before.is(',') || before.is(';')) return k;
            // (not ف: "أما الهيئة فقتلت مدنيا" goes on with the party named before it)
            if (before.startsWithConjunction() && before.text().charAt(0) == 'و' || before.textIs("و")) return k - 1;
        }
        // "، كما أدت غارة على قرية مجاورة إلى سقوط شهيدين": a clause word further back opens the stretch,
        // however far, when it stands after the toll before ("، فيما ارتكبت جهات مجهولة ... مجزرة في ... قضى فيها 11")
        for (var c : f.cues(previousEnd, toll, Cue.CLAUSE)) return c.from();
        return toll; // no clause boundary close by: the toll itself starts its stretch
    }

    /**
     * Splits a sentence's tolls into claims: a category already filled starts a new claim, and
     * so does a toll with a harm word of its own after another attack was named in between.
     */
    static List<List<CountMention>> group(SentenceFacts f, List<CountMention> counts) {
        List<List<CountMention>> groups = new ArrayList<>();
        List<CountMention> current = null;
        for (CountMention m : counts) {
            boolean conflict = current != null && hasCategory(current, m.category());
            boolean newEvent = current != null && m.ownTrigger() && !m.among()
                    && f.has(current.getLast().to(), m.from(), Cue.EVENTS);
            // "...، بينما ذكر منسق الأمم المتحدة أن 12 مدنيا قتلوا": a side clause's toll is its own claim
            // (not "...، فيما وصل عدد الجرحى إلى 90 ألفا": the same statement goes on)
            boolean newClause = current != null && f.has(current.getLast().to(), m.from(), Cue.CLAUSE)
                    && speaks(f, current.getLast().to(), m.from());
            // "غارات على بلدة ... قتلت ثلاثة، في حين قتل طفلان بقصف مماثل طال قرية ...": a side clause's own
            // toll of a new attack named after it, when the toll before had its attack too (not "قتل 4 بينما
            // أصيب 15 في انفجار سيارة": one blast; not "...، فيما أصيب 10 في القصف": the attack told)
            boolean sideAttack = current != null && m.ownTrigger() && !m.among() && newAttackAfter(f, m.to())
                    && attackBeforeClause(f, current.getLast().to(), m.from());
            // "وجرح ثلاثة أحدهم امرأة": a part (بينهم، أحدهما) of the wounded just counted is in that count
            // (the contract counts no wounded women or children apart)
            if (conflict && m.category() == Category.INJURED && current.getLast().category() == Category.INJURED
                    && (m.among() || f.first(Math.max(f.from, m.from() - 1), m.from() + 1, Cue.AMONG) != null)) continue;
            if (conflict && addsToTheLast(f, current.getLast(), m)) {
                current.set(current.size() - 1, sum(current.getLast(), m));
                continue;
            }
            if (current == null || conflict || newEvent || newClause || sideAttack) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(m);
        }
        return groups;
    }

    /**
     * "وإصابة ضابط وثلاثة مقاتلين": a count joined by و right after a count of the same category,
     * under that count's harm word (no harm word of its own), is the next part of one toll, not a
     * second toll. Not a part (بينهم) nor "آخرين", which the claims before them take.
     */
    private static boolean addsToTheLast(SentenceFacts f, CountMention last, CountMention m) {
        if (m.ownTrigger() || m.among() || last.among() || m.ofThem() || m.outOf() || m.category() != last.category()) return false;
        // both name their people ("562 قتيلا و2855": a bare number after the dead is some other figure, not more dead)
        if (m.group() == null || m.group() == Lexicons.Group.OTHERS || m.group() == Lexicons.Group.DEAD
                || last.group() == null || last.group() == Lexicons.Group.DEAD || last.best() == null || m.best() == null) return false;
        Token next = f.tokens.get(m.from());
        return (m.from() == last.to() && next.startsWithConjunction())
                || (m.from() == last.to() + 1 && f.tokens.get(last.to()).textIs("و"));
    }

    /** Two parts of one toll as one count: their bounds added, over both their words. */
    private static CountMention sum(CountMention a, CountMention b) {
        Long low = a.low() == null || b.low() == null ? null : a.low() + b.low();
        Long high = a.high() == null || b.high() == null ? null : a.high() + b.high();
        Lexicons.Group group = a.group() == b.group() ? a.group() : null;
        return new CountMention(a.from(), b.to(), low, a.best() + b.best(), high, group, a.harm(), false, a.ownTrigger(),
                false, false, a.harmWhy(), a.qualifierWhy(), a.peopleWhy());
    }

    /** Whether an attack not yet told (بقصف مماثل, not بالقصف) is named within a few words after token k. */
    private static boolean newAttackAfter(SentenceFacts f, int k) {
        for (var c : f.cues(k, Math.min(f.to, k + 8), Cue.EVENTS)) {
            String w = f.tokens.get(c.from()).text();
            return !(w.startsWith("ال") || w.startsWith("بال") || w.startsWith("وال") || w.startsWith("فال") || w.startsWith("لل"));
        }
        return false;
    }

    /** Whether a clause word stands within tokens [a, b) with an attack named before it in the sentence. */
    private static boolean attackBeforeClause(SentenceFacts f, int a, int b) {
        for (var c : f.cues(a, b, Cue.CLAUSE)) return f.has(f.from, c.from(), Cue.EVENTS);
        return false;
    }

    /** Whether a speech verb stands within tokens [a, b). */
    private static boolean speaks(SentenceFacts f, int a, int b) {
        for (var m : f.attributions) if (m.from() >= a && m.from() < b) return true;
        return false;
    }

    static boolean hasCategory(List<CountMention> counts, Category category) {
        for (CountMention c : counts) if (c.category() == category) return true; // a loop: this runs for every toll
        return false;
    }
}
