package org.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.raqib.eval.EvalReport.CountPair;
import org.raqib.eval.EvalReport.DocumentResult;
import org.raqib.eval.EvalReport.Mismatch;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Document;

/**
 * Scores extracted claims against gold as the contract's "How extraction is scored" says.
 *
 * <p><b>Pairs.</b> Per document, every stated {@code (category, best)} pair (a count with a
 * non-null best) of the gold claims is matched against those of the extracted claims as
 * multisets: two gold claims stating killed=5 need two extracted killed=5. TP, FP and FN are
 * summed over documents before precision, recall and F1 are taken.
 *
 * <p><b>Claims.</b> Gold claims are then paired one-to-one with extracted claims, greedily by
 * the number of pairs they share (most first; ties go to the earlier gold claim, then the
 * earlier extracted claim). A gold claim sharing no pair with a remaining extracted claim
 * stays unpaired and its attributes are not scored. On each pair the {@link #ATTRIBUTES}
 * are compared: kind, stance, event_type by code; source and perpetrator by actor code
 * (no mention = null); date by {@code from} and {@code to}; place by {@code admin1} and
 * {@code country}. A null date or place compares as one whose fields are all null, so
 * "not stated" on both sides is right. A value listed in the gold claim's {@code accept}
 * is right too. A count listed in {@code accept} is an alternative figure: each gold claim
 * takes, per category, the figure the extracted claims of its document state (see
 * {@link #chooseCounts}) before pairs are counted.
 */
public final class Scorer {

    /** The attributes scored on paired claims, in report order; also the keys of {@code accept}. */
    public static final List<String> ATTRIBUTES =
            List.of("kind", "stance", "source", "perpetrator", "event_type", "date", "place");

    /** Gold evidence in reports is cut to this many characters so a mismatch fits on a line. */
    static final int EVIDENCE_CHARS = 80;

    /** Scores {@code extractor} run on each gold document's input document. */
    public EvalReport score(List<GoldDocument> docs, Function<Document, List<Claim>> extractor) {
        List<DocumentResult> results = new ArrayList<>();
        for (GoldDocument g : docs) {
            List<Claim> extracted = extractor.apply(g.document());
            results.add(scoreDocument(g, extracted == null ? List.of() : extracted));
        }
        return new EvalReport(results);
    }

    /**
     * Scores claims extracted beforehand, keyed by document id. A gold document with no entry
     * had nothing extracted; entries for documents not in gold are ignored.
     */
    public EvalReport score(List<GoldDocument> docs, Map<String, List<Claim>> extractedByDoc) {
        return score(docs, d -> extractedByDoc.getOrDefault(d.id(), List.of()));
    }

    /** Scores one document; the extracted claims' {@code doc} field is not looked at. */
    public DocumentResult scoreDocument(GoldDocument doc, List<Claim> extracted) {
        List<Map<CountPair, Integer>> extPairs = extracted.stream().map(Scorer::pairs).toList();
        List<GoldClaim> gold = chooseCounts(doc.gold(), sum(extPairs));
        List<Map<CountPair, Integer>> goldPairs = gold.stream().map(g -> pairs(g.claim())).toList();

        Map<CountPair, Integer> allGold = sum(goldPairs);
        Map<CountPair, Integer> allExt = sum(extPairs);
        int tp = shared(allGold, allExt);
        List<CountPair> missed = minus(allGold, allExt);
        List<CountPair> spurious = minus(allExt, allGold);

        int[] partner = pair(goldPairs, extPairs);
        int paired = 0;
        List<Mismatch> wrong = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldClaim g = gold.get(i);
            if (partner[i] < 0) {
                unpaired.add(describeUnpaired(i, goldPairs.get(i), g));
                continue;
            }
            paired++;
            Claim got = extracted.get(partner[i]);
            for (String attribute : ATTRIBUTES) {
                Mismatch m = compare(attribute, g, got);
                if (m != null) wrong.add(m);
            }
        }
        return new DocumentResult(doc.id(), gold.size(), extracted.size(), paired, tp,
                missed, spurious, wrong, unpaired);
    }

    /**
     * For each gold claim of {@code doc}, the index of the extracted claim it is paired with
     * (as {@link #scoreDocument} pairs them), or -1: what linking is scored on. A gold claim
     * that states no figure is paired with the first unpaired extracted claim that states none
     * either and has its stance.
     */
    static int[] partners(GoldDocument doc, List<Claim> extracted) {
        List<Map<CountPair, Integer>> extPairs = extracted.stream().map(Scorer::pairs).toList();
        List<GoldClaim> gold = chooseCounts(doc.gold(), sum(extPairs));
        int[] partner = pair(gold.stream().map(g -> pairs(g.claim())).toList(), extPairs);
        // a gold claim stating no figure (a denial that names none) shares no pair with anything:
        // it stands for an extracted claim that states none either, with the same stance
        boolean[] taken = new boolean[extracted.size()];
        for (int p : partner) if (p >= 0) taken[p] = true;
        for (int i = 0; i < gold.size(); i++) {
            if (partner[i] >= 0 || !pairs(gold.get(i).claim()).isEmpty()) continue;
            for (int j = 0; j < extracted.size(); j++) {
                if (!taken[j] && extPairs.get(j).isEmpty() && extracted.get(j).stance() == gold.get(i).claim().stance()) {
                    partner[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        return partner;
    }

    // ---------------------------------------------------------------- accepted counts

    /**
     * Each gold claim with, for every category that has {@code accept} alternatives, the value
     * (the annotated one or an alternative) whose pair the document's extracted claims state;
     * when none of them is stated, an alternative "may be absent" (null, or no best) if there is
     * one, else the annotated value. Claims are taken in file order and each takes the pairs it
     * uses from {@code available}, so two gold claims cannot both lean on one extracted figure.
     */
    static List<GoldClaim> chooseCounts(List<GoldClaim> gold, Map<CountPair, Integer> available) {
        Map<CountPair, Integer> left = new TreeMap<>(PAIR_ORDER);
        left.putAll(available);
        List<GoldClaim> out = new ArrayList<>(gold.size());
        for (GoldClaim g : gold) {
            Map<Category, Count> counts = new EnumMap<>(Category.class);
            counts.putAll(g.claim().counts());
            boolean changed = false;
            for (Category cat : Category.values()) {
                List<Count> alternatives = g.acceptedCounts(cat);
                if (alternatives.isEmpty()) continue;
                List<Count> options = new ArrayList<>();
                options.add(g.claim().count(cat));
                options.addAll(alternatives);
                Count chosen = options.getFirst();
                int chosenScore = -1;
                for (Count option : options) {
                    int score = stated(option) ? (left.getOrDefault(new CountPair(cat, option.best()), 0) > 0 ? 2 : 0) : 1;
                    if (score > chosenScore) {
                        chosen = option;
                        chosenScore = score;
                    }
                }
                if (chosen != g.claim().count(cat)) {
                    changed = true;
                    if (chosen == null) counts.remove(cat);
                    else counts.put(cat, chosen);
                }
            }
            GoldClaim resolved = changed ? g.withCounts(counts) : g;
            pairs(resolved.claim()).forEach((p, n) -> left.computeIfPresent(p, (k, v) -> v > n ? v - n : null));
            out.add(resolved);
        }
        return out;
    }

    private static boolean stated(Count c) { return c != null && c.best() != null; }

    // ---------------------------------------------------------------- pairs

    /** The stated (category, best) pairs of a claim, as a multiset (a claim has each category once). */
    static Map<CountPair, Integer> pairs(Claim c) {
        Map<CountPair, Integer> m = new TreeMap<>(PAIR_ORDER);
        for (Map.Entry<Category, Count> e : c.counts().entrySet()) {
            if (e.getValue() != null && e.getValue().best() != null) {
                m.merge(new CountPair(e.getKey(), e.getValue().best()), 1, Integer::sum);
            }
        }
        return m;
    }

    /** Category order, then number: the order pairs are listed in reports. */
    private static final Comparator<CountPair> PAIR_ORDER =
            Comparator.comparing(CountPair::category).thenComparingLong(CountPair::best);

    private static Map<CountPair, Integer> sum(List<Map<CountPair, Integer>> bags) {
        Map<CountPair, Integer> all = new TreeMap<>(PAIR_ORDER);
        bags.forEach(b -> b.forEach((p, n) -> all.merge(p, n, Integer::sum)));
        return all;
    }

    /** The size of the multiset intersection. */
    private static int shared(Map<CountPair, Integer> a, Map<CountPair, Integer> b) {
        int n = 0;
        for (Map.Entry<CountPair, Integer> e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }

    /** The multiset difference a − b, each pair repeated as often as it is left over. */
    private static List<CountPair> minus(Map<CountPair, Integer> a, Map<CountPair, Integer> b) {
        List<CountPair> left = new ArrayList<>();
        a.forEach((p, n) -> {
            for (int k = b.getOrDefault(p, 0); k < n; k++) left.add(p);
        });
        return left;
    }

    /**
     * Greedy one-to-one pairing: for each gold claim the index of its extracted partner, or -1.
     * Greedy rather than optimal on purpose: it is what the contract describes, and it is
     * predictable when reading a report.
     */
    private static int[] pair(List<Map<CountPair, Integer>> gold, List<Map<CountPair, Integer>> ext) {
        List<int[]> candidates = new ArrayList<>(); // {shared, gold index, extracted index}
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < ext.size(); j++) {
                int s = shared(gold.get(i), ext.get(j));
                if (s > 0) candidates.add(new int[] {s, i, j});
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[0]).thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]));
        int[] partner = new int[gold.size()];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[ext.size()];
        for (int[] c : candidates) {
            if (partner[c[1]] < 0 && !taken[c[2]]) {
                partner[c[1]] = c[2];
                taken[c[2]] = true;
            }
        }
        return partner;
    }

    // ---------------------------------------------------------------- attributes

    /** What is compared of a date: a null date is one with no {@code from} and no {@code to}. */
    private record DateKey(LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            if (from == null && to == null) return "null";
            return Objects.equals(from, to) ? String.valueOf(from) : from + ".." + to;
        }
    }

    /** What is compared of a place: a null place is one with no admin1 and no country. */
    private record PlaceKey(String admin1, String country) {
        @Override
        public String toString() {
            return admin1 == null && country == null ? "null" : admin1 + "/" + country;
        }
    }

    /** The mismatch on {@code attribute}, or null when the extracted value is taken as right. */
    private static Mismatch compare(String attribute, GoldClaim gold, Claim got) {
        Object expected = value(attribute, gold.claim());
        Object actual = value(attribute, got);
        if (Objects.equals(expected, actual)) return null;
        List<Object> alternatives = gold.accepted(attribute).stream().map(v -> acceptValue(attribute, v)).toList();
        if (alternatives.stream().anyMatch(a -> Objects.equals(a, actual))) return null;
        StringBuilder shown = new StringBuilder(String.valueOf(expected));
        if (!alternatives.isEmpty()) {
            shown.append(" (or ");
            for (int k = 0; k < alternatives.size(); k++) shown.append(k == 0 ? "" : ", ").append(alternatives.get(k));
            shown.append(')');
        }
        return new Mismatch(attribute, shown.toString(), String.valueOf(actual), shorten(gold.evidenceText()));
    }

    /** The compared value of an attribute of a claim: a code (or null), a DateKey or a PlaceKey. */
    private static Object value(String attribute, Claim c) {
        return switch (attribute) {
            case "kind" -> c.kind() == null ? null : c.kind().code();
            case "stance" -> c.stance() == null ? null : c.stance().code();
            case "event_type" -> c.eventType() == null ? null : c.eventType().code();
            case "source" -> actor(c.source());
            case "perpetrator" -> actor(c.perpetrator());
            case "date" -> c.date() == null ? new DateKey(null, null) : new DateKey(c.date().from(), c.date().to());
            case "place" -> c.place() == null ? new PlaceKey(null, null)
                    : new PlaceKey(c.place().admin1(), c.place().country());
            default -> throw new IllegalArgumentException("not a scored attribute: " + attribute);
        };
    }

    private static String actor(ActorMention a) { return a == null ? null : a.actor(); }

    /** An accept alternative as a compared value; its shape was checked when the GoldClaim was made. */
    private static Object acceptValue(String attribute, JsonNode v) {
        String where = "accept." + attribute + ": ";
        return switch (attribute) {
            case "date" -> v.isNull() ? new DateKey(null, null)
                    : new DateKey(GoldClaim.isoDateOrNull(v.get("from"), where), GoldClaim.isoDateOrNull(v.get("to"), where));
            case "place" -> v.isNull() ? new PlaceKey(null, null)
                    : new PlaceKey(GoldClaim.stringOrNull(v.get("admin1"), where),
                            GoldClaim.stringOrNull(v.get("country"), where));
            default -> v.isNull() ? null : v.textValue();
        };
    }

    private static String describeUnpaired(int index, Map<CountPair, Integer> pairs, GoldClaim g) {
        StringBuilder b = new StringBuilder("gold[" + index + "]");
        List<CountPair> list = minus(pairs, Map.of());
        b.append(list.isEmpty() ? " no stated pair" : " " + list);
        String ev = shorten(g.evidenceText());
        if (!ev.isEmpty()) b.append(" «").append(ev).append('»');
        return b.toString();
    }

    /** The evidence on one line, cut to {@link #EVIDENCE_CHARS} characters with an ellipsis. */
    static String shorten(String text) {
        if (text == null) return "";
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= EVIDENCE_CHARS ? t : t.substring(0, EVIDENCE_CHARS - 1).stripTrailing() + "…";
    }
}
