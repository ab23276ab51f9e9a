package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Kind;
import org.raqib.model.Stance;

/**
 * A lead whose dead the report then tells strike by strike ("قتل 19 مدنيا في قصف على إدلب"، then 9
 * in one village, 4 in another, 5 in a third and a child in a fourth) is a tally of those strikes,
 * not one incident: the incidents right after it, told in more than one sentence, add up to its toll exactly.
 */
final class SummedLeads {
    private SummedLeads() {}

    /** The claims, with each lead that the incidents after it add up to made a tally. */
    static List<Repeats.Found> tallied(List<Repeats.Found> found) {
        List<Repeats.Found> out = null;
        for (int i = 0; i + 2 < found.size(); i++) {
            Claim lead = found.get(i).claim();
            if (lead.kind() != Kind.INCIDENT || lead.stance() == Stance.DENIES) continue;
            long whole = dead(lead);
            int partsEnd = whole < MIN_PARTS ? -1 : addUpTo(found, i + 1, lead, whole);
            if (partsEnd < 0) continue;
            if (out == null) out = new ArrayList<>(found);
            List<Explanation.Step> steps = found.get(i).steps();
            if (steps != null) steps.add(new Explanation.Step("kind", "kind.a-lead-the-incidents-after-it-add-up-to", ""));
            out.set(i, new Repeats.Found(new Claim(lead.doc(), Kind.AGGREGATE, lead.stance(), lead.source(), lead.perpetrator(),
                    lead.eventType(), lead.date(), lead.place(), lead.counts(), lead.evidence()), found.get(i).headline(), steps,
                    found.get(i).another()));
            i = partsEnd - 1; // its parts are incidents, none of them a lead of the ones after it
        }
        return out == null ? found : out;
    }

    private static final int MIN_PARTS = 2;
    /** At most this many incidents after a lead are summed (a page of thousands of tolls is read in linear time). */
    private static final int MAX_PARTS = 12;

    /** Where the two or more incidents right after the lead that sum to its dead end (each with fewer), or -1. */
    private static int addUpTo(List<Repeats.Found> found, int from, Claim lead, long whole) {
        long sum = 0;
        int j = from;
        boolean sentences = false; // parts told in more than one sentence (two sides' dead in one quote are one fight's)
        for (; j < Math.min(found.size(), from + MAX_PARTS) && sum < whole; j++) {
            Claim part = found.get(j).claim();
            long dead = dead(part);
            if (part.kind() != Kind.INCIDENT || part.stance() == Stance.DENIES || dead <= 0 || dead >= whole) return -1;
            if (elsewhere(part, lead)) return -1;
            sum += dead;
            sentences |= !part.evidence().equals(found.get(from).claim().evidence());
        }
        return j - from >= MIN_PARTS && sentences && sum == whole ? j : -1;
    }

    /**
     * A lead that names a town sums no strike on a place it does not name ("12 in a strike on سراقب"; then 7
     * in كفرنبل), by the part's place or the town that place lies in ("حي المشفى في مدينة بصرى الشام").
     */
    private static boolean elsewhere(Claim part, Claim lead) {
        if (lead.place() == null || lead.place().name() == null || part.place() == null || part.place().text() == null) return false;
        for (String word : part.place().text().split("\\s+")) {
            if (word.length() > 2 && !PLACE_WORDS.contains(word) && lead.evidence().text().contains(word)) return false;
        }
        return true;
    }

    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("مدينة", "بلدة", "قرية", "محافظة", "منطقة", "مخيم", "ريف", "بمدينة", "ببلدة", "بقرية");

    /** A claim's dead: whom it counts as a whole (TollsGoingOn.headOf), or the children and women it counts only; -1 if none. */
    static long dead(Claim c) {
        Category head = TollsGoingOn.headOf(c);
        if (head != Category.CHILDREN_KILLED && head != Category.WOMEN_KILLED) {
            Count n = c.counts().get(head);
            return n == null || n.best() == null ? -1 : n.best();
        }
        long parts = 0; // only women and children counted: their sum
        for (Category k : new Category[]{Category.CHILDREN_KILLED, Category.WOMEN_KILLED}) {
            Count n = c.counts().get(k);
            if (n != null && n.best() != null) parts += n.best();
        }
        return parts > 0 ? parts : -1;
    }
}
