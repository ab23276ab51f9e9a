package org.raqib.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.EventType;

/**
 * Drops claims that only repeat a toll the report already gives: a headline, a quote of
 * the same figures, a caption shown twice. The fuller statement is kept (a claim whose
 * figures are all in another one goes), and it takes over what only the repeat named
 * (the headline may be the only place that names the attacker).
 */
final class Repeats {
    /**
     * A claim of a sentence (a headline or not), with its explanation when one is asked for (else
     * null); {@code another} when its sentence says it is another attack or other people (وفي هجوم
     * آخر، قتل 3 جنود آخرين), which no repeat of an earlier toll says.
     */
    record Found(Claim claim, boolean headline, List<Explanation.Step> steps, boolean another) {
        Found(Claim claim, boolean headline, List<Explanation.Step> steps) { this(claim, headline, steps, false); }
    }

    private Repeats() {}

    static List<Found> drop(List<Found> found) {
        int n = found.size();
        if (n < 2) return found; // nothing to repeat
        List<Set<String>> pairs = new ArrayList<>(n);
        for (Found f : found) pairs.add(pairsOf(f.claim()));
        Claim[] kept = new Claim[n];
        for (int i = 0; i < n; i++) kept[i] = found.get(i).claim();
        boolean[] dropped = new boolean[n];
        Candidates candidates = new Candidates(found, pairs);
        for (int a = 0; a < n; a++) {
            for (int b : candidates.of(a)) {
                if (dropped[a]) break;
                if (a == b || dropped[b]) continue;
                if (repeats(found, pairs, a, b)) {
                    dropped[a] = true;
                    kept[b] = fill(kept[b], kept[a], !found.get(a).headline());
                }
            }
        }
        for (int a = 0; a < n && n > 1; a++) {
            if (dropped[a] || !mayBeParts(kept[a])) continue;
            boolean vague = vagueLead(kept[a]);
            if (!vague && !onlyParts(kept[a])) continue;
            for (int b = 0; b < n; b++) {
                if (b == a || dropped[b] || !givesTheFigures(kept[a], kept[b], !vague)) continue;
                dropped[a] = true;
                kept[b] = withParts(fill(kept[b], kept[a], !found.get(a).headline()), kept[a]);
                break;
            }
        }
        // "وثقت الشبكة مقتل عشرات المدنيين" before "شهد الشهر مقتل 94 مدنيا": the round figure of the lead is the exact one's
        mergeInto(found, kept, dropped, Repeats::roundFiguresOnly, Repeats::exactWithin, true);
        // "وتحدثت حصيلة سابقة عن 15 قتيلا": the earlier toll of the same attack goes into the update
        mergeInto(found, kept, dropped, Repeats::calledEarlier, Repeats::risesFrom, false);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dropped[i]) continue;
            Found f = found.get(i);
            out.add(kept[i] == f.claim() ? f : new Found(kept[i], f.headline(), withFilled(f, kept[i]), f.another()));
        }
        return out;
    }

    /**
     * The claims a claim may repeat, in document order: only a headline's figures are matched
     * loosely, so any other claim with figures can only repeat one holding its rarest figure,
     * and one with vague tolls only one with the same sentence. Comparing every claim with
     * every other would make a page of thousands of tolls take the square of that time.
     */
    private static final class Candidates {
        private final List<Found> found;
        private final List<Set<String>> pairs;
        private final Map<String, List<Integer>> byPair = new HashMap<>();
        private final Map<String, List<Integer>> vagueByEvidence = new HashMap<>();
        private final List<Integer> all;

        Candidates(List<Found> found, List<Set<String>> pairs) {
            this.found = found;
            this.pairs = pairs;
            List<Integer> every = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                every.add(i);
                for (String p : pairs.get(i)) byPair.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                if (pairs.get(i).isEmpty()) vagueByEvidence.computeIfAbsent(evidence(i), k -> new ArrayList<>()).add(i);
            }
            this.all = every;
        }

        List<Integer> of(int a) {
            Set<String> pa = pairs.get(a);
            if (pa.isEmpty()) return vagueByEvidence.getOrDefault(evidence(a), List.of());
            if (found.get(a).headline()) return all;
            List<Integer> rarest = null;
            for (String p : pa) {
                List<Integer> holders = byPair.get(p);
                if (rarest == null || holders.size() < rarest.size()) rarest = holders;
            }
            return rarest;
        }

        private String evidence(int i) {
            Claim c = found.get(i).claim();
            return c.evidence() == null ? "" : c.evidence().text().strip();
        }
    }

    private static final Set<Category> PARTS =
            Set.of(Category.CHILDREN_KILLED, Category.WOMEN_KILLED);

    /** Cheap first test: a claim that counts women or children at all. */
    private static boolean mayBeParts(Claim c) {
        var counts = c.counts();
        return counts.containsKey(Category.CHILDREN_KILLED) || counts.containsKey(Category.WOMEN_KILLED);
    }

    /**
     * A lead with no figure of its own but the parts ("قضى عدد من السكان بينهم امرأتان"):
     * every toll vague, some women or children counted.
     */
    private static boolean vagueLead(Claim c) {
        boolean part = false, vagueToll = false;
        for (var e : c.counts().entrySet()) {
            if (PARTS.contains(e.getKey())) part |= e.getValue().best() != null;
            else if (e.getValue().best() != null) return false;
            else vagueToll = true;
        }
        return part && vagueToll && c.kind() == Kind.INCIDENT;
    }

    /**
     * Women and children counted with no toll of their own ("أربع نساء وطفلان قضوا"), the
     * parts of a toll the report gives elsewhere when they add up to it exactly.
     */
    private static boolean onlyParts(Claim c) {
        if (c.kind() != Kind.INCIDENT || c.counts().isEmpty()) return false;
        for (var e : c.counts().entrySet()) if (!PARTS.contains(e.getKey()) || e.getValue().best() == null) return false;
        return true;
    }

    /**
     * Whether claim b states the figures of a (a vague lead, or parts that must add up to b's
     * toll exactly): the same stance and attacker, a toll at least its parts.
     */
    private static boolean givesTheFigures(Claim a, Claim b, boolean partsMustAddUp) {
        if (partsMustAddUp) {
            long sum = 0;
            for (Count c : a.counts().values()) sum += c.best();
            Count civilians = b.count(Category.CIVILIANS_KILLED), all = b.count(Category.KILLED);
            boolean addsUp = civilians != null && civilians.best() != null && civilians.best() == sum
                    || all != null && all.best() != null && all.best() == sum;
            if (!addsUp) return false;
        }
        if (b.kind() != a.kind() || b.stance() != a.stance() || !compatible(a.perpetrator(), b.perpetrator())) return false;
        if (anotherPlace(a, b) || inAnotherDivision(a, b)) return false; // "أم وطفلها" in another town: another strike's dead
        if (b.eventType() != EventType.UNKNOWN && a.eventType() != EventType.UNKNOWN && b.eventType() != a.eventType()) return false;
        long head = 0;
        for (var e : b.counts().entrySet()) {
            if (!PARTS.contains(e.getKey()) && e.getKey() != Category.INJURED && e.getValue().best() != null) {
                head = Math.max(head, e.getValue().best());
            }
        }
        for (var e : a.counts().entrySet()) {
            if (!PARTS.contains(e.getKey())) continue;
            Count theirs = b.count(e.getKey());
            if (e.getValue().best() > head || theirs != null && !java.util.Objects.equals(theirs.best(), e.getValue().best())) return false;
        }
        return head > 0;
    }

    /**
     * Drops each claim of the given shape into the first other claim that {@code into} accepts
     * for it (only a later one when {@code laterOnly}), filling that claim with what it lacked.
     */
    private static void mergeInto(List<Found> found, Claim[] kept, boolean[] dropped, java.util.function.Predicate<Claim> shape,
                                  java.util.function.BiPredicate<Claim, Claim> into, boolean laterOnly) {
        int n = kept.length;
        for (int a = 0; a < n && n > 1; a++) {
            if (dropped[a] || !shape.test(kept[a])) continue;
            for (int b = laterOnly ? a + 1 : 0; b < n; b++) {
                if (b == a || dropped[b] || !into.test(kept[a], kept[b])) continue;
                dropped[a] = true;
                kept[b] = fill(kept[b], kept[a], !found.get(a).headline());
                break;
            }
        }
    }

    /** Every count a word of tens, hundreds or thousands (عشرات، مئات، آلاف), not a number. */
    private static boolean roundFiguresOnly(Claim c) {
        if (c.counts().isEmpty()) return false;
        for (Category category : Category.values()) { // gets, not an iterator: this runs for every claim
            Count k = c.count(category);
            if (k == null) continue;
            Long b = k.best();
            if (b == null || b != 10 && b != 100 && b != 1000 || k.high() != null || k.text() == null
                    || !ROUND_WORDS.matcher(k.text()).find()) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern ROUND_WORDS = java.util.regex.Pattern.compile("عشرات|مئات|مئآت|[اأآ]لاف");

    /**
     * Whether b gives, for a category of a, an exact figure within a's round one (11 to 99 for
     * عشرات), in a claim of the same kind by the same speaker.
     */
    private static boolean exactWithin(Claim a, Claim b) {
        if (b.kind() != a.kind() || b.stance() != a.stance() || !compatible(a.perpetrator(), b.perpetrator())
                || !compatible(a.source(), b.source()) || inAnotherDivision(a, b)) return false;
        for (var e : a.counts().entrySet()) {
            Count theirs = b.count(e.getKey());
            long round = e.getValue().best();
            if (theirs != null && theirs.best() != null && theirs.best() > round && theirs.best() < 10 * round) return true;
        }
        return false;
    }

    /** A toll the text itself calls earlier: حصيلة سابقة، or "في وقت سابق" of the same attack (في نفس الغارة). */
    private static final java.util.regex.Pattern EARLIER_TOLL = java.util.regex.Pattern.compile(
            "حصيلة (أولية )?سابقة|الحصيلة السابقة|في وقت سابق.*(نفس|ذات) (الغارة|الهجوم|القصف|الانفجار|التفجير)");

    private static boolean calledEarlier(Claim c) {
        if (c.evidence() == null) return false;
        String text = c.evidence().text();
        return text.contains("سابق") && EARLIER_TOLL.matcher(text).find(); // most sentences: one scan for the word
    }

    /** Whether b is the same kind of claim with every figure of a, or more (the toll rose). */
    private static boolean risesFrom(Claim a, Claim b) {
        if (b.kind() != a.kind() || b.stance() != a.stance() || !compatible(a.perpetrator(), b.perpetrator())
                || inAnotherDivision(a, b)) return false;
        boolean shared = false;
        for (var e : a.counts().entrySet()) {
            Count theirs = b.count(e.getKey());
            if (theirs == null || theirs.best() == null || e.getValue().best() == null) continue;
            if (theirs.best() < e.getValue().best()) return false;
            shared = true;
        }
        // "11 قتيلا" before, "31 جنديا" now: the dead in all, counted under another name
        return shared || SummedLeads.dead(a) > 0 && SummedLeads.dead(b) >= SummedLeads.dead(a);
    }

    /** Claim b with the parts only the lead a counted. */
    private static Claim withParts(Claim b, Claim a) {
        Map<Category, Count> counts = new java.util.EnumMap<>(Category.class);
        counts.putAll(b.counts());
        a.counts().forEach((k, v) -> { if (PARTS.contains(k) && v.best() != null) counts.putIfAbsent(k, v); });
        return new Claim(b.doc(), b.kind(), b.stance(), b.source(), b.perpetrator(), b.eventType(), b.date(), b.place(),
                counts, b.evidence());
    }

    /** Whether claim a only repeats claim b. */
    private static boolean repeats(List<Found> found, List<Set<String>> pairs, int a, int b) {
        Claim ca = found.get(a).claim(), cb = found.get(b).claim();
        if (found.get(Math.max(a, b)).another()) return false; // the later one tells of another attack, or of other people
        if (ca.stance() != cb.stance() && !saysLess(found.get(a), cb)) return false;
        if (!compatible(ca.perpetrator(), cb.perpetrator())) return false;
        Set<String> pa = pairs.get(a), pb = pairs.get(b);
        if (pa.isEmpty()) {
            // vague tolls only: a repeat when the same sentence stands twice
            return pb.isEmpty() && ca.counts().keySet().equals(cb.counts().keySet())
                    && ca.evidence().text().strip().equals(cb.evidence().text().strip()) && b < a;
        }
        if (found.get(a).headline() && !found.get(b).headline() && withinFigures(ca, cb)) return true;
        if (!found.get(a).headline() && !found.get(b).headline() && differ(ca.source(), cb.source())) {
            return false; // two speakers make two statements even with one figure
        }
        if (!found.get(a).headline() && !found.get(b).headline() && a > b
                && (ca.source() != null && !sameSpeaker(ca, cb) || anotherPlace(ca, cb) && !pa.equals(pb))
                && elsewhere(ca, cb)) {
            return false; // another speaker's figure, later, at a place not named before is another event (a lead comes first;
            // a quote of the same speaker is a repeat)
        }
        if (!found.get(a).headline() && !found.get(b).headline() && onAnotherDay(ca, cb)) {
            return false; // "وكان شرطيان قتلا الخميس" and "كما قتل اثنان السبت": two days, two events
        }
        if (!found.get(a).headline() && !found.get(b).headline() && inAnotherDivision(ca, cb)) {
            return false; // "6 in حدث بعلبك" and "6 and 5 wounded in قضاء صور": two governorates, two strikes
        }
        if (!pb.containsAll(pa)) return false;
        if (pb.size() > pa.size()) return true;
        // the same figures twice: keep the body over the headline, the one that says who did it, the attributed over the bare, else the first
        if (ca.stance() != cb.stance()) return true;
        boolean ha = found.get(a).headline(), hb = found.get(b).headline();
        if (ha != hb) return ha;
        boolean sa = ca.source() != null, sb = cb.source() != null;
        if (sa != sb) return sb;
        return b < a;
    }

    /**
     * A figure told with no attacker, whose stance is only the default: a headline with no speaker
     * ("الجيش يحقق في مقتل 70"), or the speaker's own toll before its quote says who killed
     * ("أعلن الجيش مقتل مسلح" and then "وقتل إرهابيا"). It says less than the same figure with its stance.
     */
    private static boolean saysLess(Found a, Claim b) {
        Claim c = a.claim();
        if (c.stance() != org.raqib.model.Stance.ALLEGES || c.perpetrator() != null && !a.headline()) return false;
        return a.headline() ? c.source() == null : c.source() != null && b.source() != null && c.source().actor().equals(b.source().actor());
    }

    /**
     * A headline's figures all stand in the body's claim, its open-ended ones ("عشرات"، "أكثر من 20")
     * at or below the body's figure: "غارات تقتل عشرات" over "قتل 43 شخصا".
     */
    private static boolean withinFigures(Claim headline, Claim body) {
        for (var e : headline.counts().entrySet()) {
            Count h = e.getValue(), full = body.count(e.getKey());
            if (full == null && e.getKey() == Category.KILLED) { // "5 شهداء" over "استشهاد 5 مواطنين"
                full = body.count(Category.CIVILIANS_KILLED);
                if (full == null) full = body.count(Category.COMBATANTS_KILLED);
            }
            if (full == null || full.best() == null || h.best() == null) return false;
            boolean open = h.high() == null;
            if (open ? full.best() < h.best() : !full.best().equals(h.best())) return false;
        }
        return !headline.counts().isEmpty();
    }

    private static boolean differ(ActorMention x, ActorMention y) {
        return x != null && y != null && !Objects.equals(x.actor(), y.actor());
    }

    /** The later claim names a place the earlier statement does not mention: "الهضبة البدري" after "سوق الجمعة". */
    private static boolean elsewhere(Claim later, Claim earlier) {
        if (later.place() == null || later.place().name() == null || earlier.evidence() == null) return false;
        return !earlier.evidence().text().contains(later.place().name());
    }

    /** Both name a place, and not the same one: one speaker's same figure for two strikes (5 in مرجعيون، 5 in الشهابية). */
    private static boolean anotherPlace(Claim x, Claim y) {
        String a = x.place() == null ? null : x.place().name(), b = y.place() == null ? null : y.place().name();
        return a != null && b != null && !a.contains(b) && !b.contains(a);
    }

    /** Both name a place of their own, in different first-level divisions. */
    private static boolean inAnotherDivision(Claim x, Claim y) {
        return x.place() != null && y.place() != null && x.place().span() != null && y.place().span() != null
                && x.place().admin1() != null && y.place().admin1() != null && !x.place().admin1().equals(y.place().admin1())
                && !byDirection(x.place()) && !byDirection(y.place());
    }

    private static boolean byDirection(Place p) { return p.text() != null && Places.namedByDirection(p.text()); }

    /**
     * Both dated to a single day by a day's own name or date (الخميس، 12 آذار), and not the same
     * one. Not "اليوم" or "أمس": those are often only the day a statement was made.
     */
    private static boolean onAnotherDay(Claim x, Claim y) {
        DateRange a = x.date(), b = y.date();
        return namedDay(a) && namedDay(b) && !a.from().equals(b.from());
    }

    private static boolean namedDay(DateRange d) {
        return d != null && d.from() != null && d.from().equals(d.to()) && d.text() != null
                && !d.text().contains("اليوم") && !d.text().contains("أمس") && !d.text().contains("امس");
    }

    private static boolean sameSpeaker(Claim x, Claim y) {
        return x.source() != null && y.source() != null && Objects.equals(x.source().actor(), y.source().actor());
    }

    private static boolean compatible(ActorMention x, ActorMention y) {
        return x == null || y == null || Objects.equals(x.actor(), y.actor());
    }

    /** The kept claim with what only the repeat said; a headline's place is too loose to take. */
    private static Claim fill(Claim keep, Claim repeat, boolean takePlace) {
        ActorMention source = keep.source() != null ? keep.source() : repeat.source();
        ActorMention perpetrator = keep.perpetrator() != null ? keep.perpetrator() : repeat.perpetrator();
        EventType event = keep.eventType() != EventType.UNKNOWN ? keep.eventType() : repeat.eventType();
        DateRange date = keep.date() != null ? keep.date() : repeat.date();
        // a place the sentence never named (only the report's country) gives way to the repeat's named one
        boolean keepNamesNoPlace = keep.place() == null || keep.place().span() == null && keep.place().admin1() == null;
        boolean repeatNamesOne = repeat.place() != null && repeat.place().admin1() != null;
        Place place = takePlace && keepNamesNoPlace && (keep.place() == null || repeatNamesOne) ? repeat.place() : keep.place();
        return new Claim(keep.doc(), keep.kind(), keep.stance(), source, perpetrator, event, date, place,
                keep.counts(), keep.evidence());
    }

    /** The explanation of a claim that took over values of the repeats it stood for. */
    private static List<Explanation.Step> withFilled(Found f, Claim filled) {
        if (f.steps() == null) return null;
        List<Explanation.Step> steps = new ArrayList<>(f.steps());
        steps.add(new Explanation.Step("claim", "repeats.fill (values only a dropped repeat of this toll gave)", ""));
        return steps;
    }

    private static Set<String> pairsOf(Claim c) {
        Set<String> s = new HashSet<>();
        c.counts().forEach((category, count) -> {
            if (count.best() != null) s.add(category.field() + "=" + count.best());
        });
        return s;
    }
}
