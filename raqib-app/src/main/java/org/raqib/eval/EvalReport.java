package org.raqib.eval;

import java.util.List;
import java.util.Locale;
import org.raqib.model.Category;

/**
 * The result of scoring extracted claims against a gold corpus (see {@link Scorer}).
 * Totals are sums over the per-document results, so the two views cannot disagree.
 *
 * <p>Ratios whose denominator is zero are {@link Double#NaN}, not 0: "nothing was paired"
 * is not "everything was wrong". A threshold check such as {@code f1() >= 0.8} is false for
 * NaN, so a run that extracts nothing still fails it. {@link #table()} prints NaN as "-".
 */
public record EvalReport(List<DocumentResult> documents) {

    public EvalReport {
        documents = List.copyOf(documents);
    }

    /** One stated (category, best) pair, the unit of the headline score; prints as {@code killed=5}. */
    public record CountPair(Category category, long best) {
        @Override
        public String toString() { return category.field() + "=" + best; }
    }

    /**
     * An attribute of a paired claim that the scorer did not take as right. {@code expected}
     * is the gold value followed by its accepted alternatives, {@code evidence} the gold
     * evidence text shortened to about 80 characters (empty when the gold claim has none).
     */
    public record Mismatch(String attribute, String expected, String got, String evidence) {
        @Override
        public String toString() {
            return attribute + ": expected " + expected + " got " + got
                    + (evidence.isEmpty() ? "" : " («" + evidence + "»)");
        }
    }

    /**
     * The score of one document: the gold pairs not extracted ({@code missed}, the FN), the
     * extracted pairs not in gold ({@code spurious}, the FP), the attributes wrong on paired
     * claims, and a description of each gold claim that shares no pair with any extracted one.
     */
    public record DocumentResult(String id, int goldClaims, int extractedClaims, int paired, int tp,
                                 List<CountPair> missed, List<CountPair> spurious, List<Mismatch> wrong,
                                 List<String> unpaired) {
        public DocumentResult {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
            wrong = List.copyOf(wrong);
            unpaired = List.copyOf(unpaired);
        }

        public int fp() { return spurious.size(); }

        public int fn() { return missed.size(); }

        /** Paired claims on which {@code attribute} was right. */
        public int correct(String attribute) {
            return paired - (int) wrong.stream().filter(m -> m.attribute().equals(attribute)).count();
        }
    }

    public int tp() { return documents.stream().mapToInt(DocumentResult::tp).sum(); }

    public int fp() { return documents.stream().mapToInt(DocumentResult::fp).sum(); }

    public int fn() { return documents.stream().mapToInt(DocumentResult::fn).sum(); }

    public int goldClaims() { return documents.stream().mapToInt(DocumentResult::goldClaims).sum(); }

    public int extractedClaims() { return documents.stream().mapToInt(DocumentResult::extractedClaims).sum(); }

    /** Gold claims paired with an extracted claim: the denominator of every attribute accuracy. */
    public int paired() { return documents.stream().mapToInt(DocumentResult::paired).sum(); }

    /** TP / (TP + FP); NaN when nothing was extracted. */
    public double precision() { return ratio(tp(), tp() + fp()); }

    /** TP / (TP + FN); NaN when the gold states no pair. */
    public double recall() { return ratio(tp(), tp() + fn()); }

    /** 2TP / (2TP + FP + FN), the harmonic mean of P and R; 0 when TP is 0, NaN when there are no pairs at all. */
    public double f1() { return ratio(2 * tp(), 2 * tp() + fp() + fn()); }

    /** Paired claims on which {@code attribute} (one of {@link Scorer#ATTRIBUTES}) was right. */
    public int correct(String attribute) {
        checkAttribute(attribute);
        return documents.stream().mapToInt(d -> d.correct(attribute)).sum();
    }

    /** correct / paired for one of {@link Scorer#ATTRIBUTES}; NaN when nothing was paired. */
    public double accuracy(String attribute) {
        return ratio(correct(attribute), paired());
    }

    /** The headline figures and the attribute accuracies as a fixed-width table. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "documents %d   gold claims %d   extracted claims %d   paired %d\n",
                documents.size(), goldClaims(), extractedClaims(), paired()));
        b.append(String.format(Locale.ROOT, "%-9s %5s %5s %5s  %9s %7s %7s\n",
                "pairs", "tp", "fp", "fn", "precision", "recall", "f1"));
        b.append(String.format(Locale.ROOT, "%-9s %5d %5d %5d  %9s %7s %7s\n",
                "", tp(), fp(), fn(), fmt(precision()), fmt(recall()), fmt(f1())));
        b.append(String.format(Locale.ROOT, "%-12s %14s  %8s\n", "attribute", "correct/paired", "accuracy"));
        for (String a : Scorer.ATTRIBUTES) {
            b.append(String.format(Locale.ROOT, "%-12s %14s  %8s\n",
                    a, correct(a) + "/" + paired(), fmt(accuracy(a))));
        }
        return b.toString();
    }

    /**
     * Per document, what went wrong: {@code - pair} a gold pair missed, {@code + pair} an
     * extracted pair not in gold, {@code attribute: expected … got …} a wrong attribute of a
     * paired claim, {@code unpaired gold: …} a gold claim no extracted claim matched.
     */
    public String byDoc() {
        StringBuilder b = new StringBuilder();
        for (DocumentResult d : documents) {
            b.append(String.format(Locale.ROOT, "%s  gold %d  extracted %d  paired %d  tp %d  fp %d  fn %d\n",
                    d.id(), d.goldClaims(), d.extractedClaims(), d.paired(), d.tp(), d.fp(), d.fn()));
            d.missed().forEach(p -> b.append("  - ").append(p).append('\n'));
            d.spurious().forEach(p -> b.append("  + ").append(p).append('\n'));
            d.wrong().forEach(m -> b.append("  ").append(m).append('\n'));
            d.unpaired().forEach(u -> b.append("  unpaired gold: ").append(u).append('\n'));
        }
        return b.toString();
    }

    private static void checkAttribute(String attribute) {
        if (!Scorer.ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("not a scored attribute: " + attribute + " " + Scorer.ATTRIBUTES);
        }
    }

    private static double ratio(int num, int den) { return den == 0 ? Double.NaN : (double) num / den; }

    private static String fmt(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v); }
}
