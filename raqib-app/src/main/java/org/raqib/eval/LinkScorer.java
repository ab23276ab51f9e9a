package org.raqib.eval;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raqib.link.Linker;
import org.raqib.text.TextFingerprint;
import org.raqib.model.Claim;
import org.raqib.model.Document;
import org.raqib.model.SourcedClaim;

/**
 * Scores linking as the contract's "How linking is scored" says: the extracted claims of all
 * gold documents are linked together; each gold claim stands for the extracted claim it is
 * paired with (as {@link Scorer} pairs them); over every pair of gold claims from different
 * documents, a pair is linked when both stand for claims of one incident, and ought to be when
 * their {@code incident} labels are equal and not null. An unpaired gold claim is linked to
 * nothing.
 *
 * <p><b>Capture day.</b> A monitor knows when it captured a page even when the page shows no
 * publication date. The corpus does not record capture times (its files were all written the
 * same minute), so each document is given a stand-in: {@value #CAPTURE_LAG_DAYS} day after
 * its publication date; for a page without one, that many days after the date of the event
 * the page reports (the date in its {@code incident} label, else the latest date of its gold
 * claims), as a monitor following the news would have captured it; none when neither is known.
 * With {@code withoutPublished} the documents lose their publication date before extraction
 * and linking, so only the capture day is left.
 */
public final class LinkScorer {
    /** Days between a report's publication (or its event) and its stand-in capture. */
    public static final int CAPTURE_LAG_DAYS = 1;

    private static final Pattern LABEL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})$");

    /** One gold claim's place in the linking: its document, label, and the incident its partner landed in (-1 none). */
    public record LinkedGold(String doc, int index, String label, int incident) {}

    /** Pair counts of linking; ratios are NaN when their denominator is 0. */
    public record LinkReport(long tp, long fp, long fn, int incidents, List<LinkedGold> claims) {
        public LinkReport {
            claims = List.copyOf(claims);
        }

        public double precision() { return ratio(tp, tp + fp); }

        public double recall() { return ratio(tp, tp + fn); }

        public double f1() { return ratio(2 * tp, 2 * tp + fp + fn); }

        /** One line: the pair counts and P/R/F1. */
        public String line() {
            return String.format(Locale.ROOT, "linking   cross-document pairs  tp %d  fp %d  fn %d  precision %s  recall %s  f1 %s",
                    tp, fp, fn, fmt(precision()), fmt(recall()), fmt(f1()));
        }

        /**
         * Each gold claim that has a label or shares its incident with another document's gold
         * claim, with the incident it ended in, sorted by label (unlabelled last).
         */
        public String byClaim() {
            StringBuilder b = new StringBuilder();
            Map<Integer, Long> docsPerIncident = new HashMap<>();
            claims.stream().filter(c -> c.incident() >= 0).map(c -> c.incident() + "|" + c.doc()).distinct()
                    .forEach(k -> docsPerIncident.merge(Integer.parseInt(k.substring(0, k.indexOf('|'))), 1L, Long::sum));
            claims.stream().filter(c -> c.label() != null || docsPerIncident.getOrDefault(c.incident(), 0L) > 1)
                    .map(c -> c.label() != null ? c : new LinkedGold(c.doc(), c.index(), "~ (no label)", c.incident()))
                    .sorted(java.util.Comparator.comparing(LinkedGold::label).thenComparing(LinkedGold::doc))
                    .forEach(c -> b.append(String.format(Locale.ROOT, "  %-36s %s gold[%d] -> %s%n",
                            c.label(), c.doc(), c.index(), c.incident() < 0 ? "unpaired" : "incident " + c.incident())));
            return b.toString();
        }

        private static double ratio(long num, long den) { return den == 0 ? Double.NaN : (double) num / den; }

        private static String fmt(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v); }
    }

    /** Extracts every gold document with {@code extractor}, links all their claims and scores the linking. */
    public LinkReport score(List<GoldDocument> docs, Function<Document, List<Claim>> extractor, boolean withoutPublished) {
        List<SourcedClaim> all = new ArrayList<>();
        List<int[]> partners = new ArrayList<>();
        for (GoldDocument g : docs) {
            Document d = withoutPublished ? withoutPublished(g.document()) : g.document();
            List<Claim> extracted = extractor.apply(d);
            if (extracted == null) extracted = List.of();
            partners.add(Scorer.partners(g, extracted));
            long fingerprint = TextFingerprint.of(d.text());
            LocalDate captured = captureDay(g);
            for (int i = 0; i < extracted.size(); i++) {
                all.add(new SourcedClaim(claimId(g, i), g.id(), outlet(d), d.published(), fingerprint, extracted.get(i), captured));
            }
        }
        Linker linker = new Linker();
        linker.addAll(all);
        Map<String, Integer> incidentOf = new HashMap<>();
        List<List<SourcedClaim>> groups = linker.groups();
        for (int n = 0; n < groups.size(); n++) for (SourcedClaim c : groups.get(n)) incidentOf.put(c.id(), n);

        List<LinkedGold> gold = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            GoldDocument g = docs.get(k);
            for (int i = 0; i < g.gold().size(); i++) {
                int p = partners.get(k)[i];
                gold.add(new LinkedGold(g.id(), i, g.gold().get(i).incident(), p < 0 ? -1 : incidentOf.get(claimId(g, p))));
            }
        }
        long tp = 0, fp = 0, fn = 0;
        for (int a = 0; a < gold.size(); a++) {
            for (int b = a + 1; b < gold.size(); b++) {
                LinkedGold x = gold.get(a), y = gold.get(b);
                if (x.doc().equals(y.doc())) continue;
                boolean truth = x.label() != null && x.label().equals(y.label());
                boolean linked = x.incident() >= 0 && x.incident() == y.incident();
                if (truth && linked) tp++;
                else if (linked) fp++;
                else if (truth) fn++;
            }
        }
        return new LinkReport(tp, fp, fn, groups.size(), gold);
    }

    /**
     * The stand-in capture day (see the class comment): {@value #CAPTURE_LAG_DAYS} day after
     * the publication date, else after the date of the document's incident label, else after
     * the latest date of its gold claims; null when none is known.
     */
    static LocalDate captureDay(GoldDocument g) {
        LocalDate news = g.document().published();
        if (news == null && g.incident() != null) {
            Matcher m = LABEL_DATE.matcher(g.incident());
            if (m.find()) news = LocalDate.parse(m.group(1));
        }
        if (news == null) {
            for (GoldClaim c : g.gold()) {
                LocalDate to = c.claim().date() == null ? null : c.claim().date().to();
                if (to != null && (news == null || to.isAfter(news))) news = to;
            }
        }
        return news == null ? null : news.plusDays(CAPTURE_LAG_DAYS);
    }

    private static Document withoutPublished(Document d) {
        return new Document(d.id(), d.url(), null, d.lang(), d.title(), d.text());
    }

    private static String claimId(GoldDocument g, int index) { return g.id() + ":" + index; }

    private static String outlet(Document d) {
        try {
            return d.url() == null ? d.id() : URI.create(d.url()).getHost();
        } catch (IllegalArgumentException e) {
            return d.id();
        }
    }
}
