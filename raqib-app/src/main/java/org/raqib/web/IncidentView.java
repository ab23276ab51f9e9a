package org.raqib.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.Range;
import org.raqib.model.SourcedClaim;

/**
 * An incident as its page shows it, in the manner of Airwars: when and where (with the
 * precision of the place), who is alleged to have done it, each figure's range over
 * independent sources, the grade and why, what the accused party said, and every source
 * with its evidence in context; copies of one text grouped under the first.
 */
public record IncidentView(Incident incident, String dates, String placeName, String region, String precision, String perpetrators,
                           List<Figure> ranges, String fatalities, String grade, String gradeReason, String accused,
                           String acknowledged, List<SourceGroup> sources) {

    /** A category's range, e.g. "civilians killed: 17–40". */
    public record Figure(String label, String range) {}

    /** One source with its copies (same evidence sentence and figures, republished). */
    public record SourceGroup(Source first, List<Source> copies) {}

    public record Source(String claimId, String docSha, String outlet, String url, String rawUrl, String published, String captured,
                         String stance, String sourceText, String sourceActor, List<Figure> figures,
                         List<Highlights.Piece> paragraph) {}

    public static IncidentView of(Incident i, List<SourcedClaim> claims, RecordReader record, Lang lang) {
        Assessment a = i.assessment();
        List<Figure> ranges = new ArrayList<>();
        for (Category c : Category.values()) {
            Range r = a.range(c);
            if (!r.isEmpty()) ranges.add(new Figure(lang.get("cat." + c.field()), r.toString()));
        }
        Range admitted = a.acknowledgedCivilians();
        return new IncidentView(i, dates(i), placeName(i.place()), region(i.place()), precision(i.place(), lang),
                String.join(", ", a.perpetrators()), ranges, fatalitiesBesideKilled(a),
                lang.get("grade." + a.grade().code()), gradeReason(i, record.analystGrades(), lang),
                lang.get("accused." + a.accused().code()), admitted.isEmpty() ? null : admitted.toString(),
                groups(claims, record, lang));
    }

    /**
     * "All deaths" as its own line only when it says something the ranges do not: when the
     * sources give all the dead, it is that very figure, shown once (as "killed").
     */
    static String fatalitiesBesideKilled(Assessment a) {
        Range all = Format.fatalities(a);
        return !a.killed().isEmpty() && all.equals(a.killed()) ? null : all.toString();
    }

    static String dates(Incident i) {
        if (i.date() == null) return "";
        LocalDate f = i.date().from(), t = i.date().to();
        return f.equals(t) ? f.toString() : f + " – " + t;
    }

    static String place(Place p) {
        String name = placeName(p), region = region(p);
        return name == null ? region : region.isEmpty() ? name : name + ", " + region;
    }

    /** The place's own name (often Arabic), shown apart from its region so each keeps its direction. */
    public static String placeName(Place p) {
        return p == null || p.name() == null || p.name().equals(p.admin1()) ? null : p.name();
    }

    /** Governorate and country, e.g. "Idlib, SY". */
    public static String region(Place p) {
        if (p == null) return "";
        List<String> parts = new ArrayList<>();
        if (p.admin1() != null) parts.add(p.admin1());
        if (p.country() != null) parts.add(p.country());
        return String.join(", ", parts);
    }

    static String precision(Place p, Lang lang) {
        return p == null || p.precision() == null ? lang.get("precision.none") : lang.get("precision." + p.precision());
    }

    /** Why the incident has its grade, following the rules of the assessor (see the README). */
    static String gradeReason(Incident i, Map<String, Grade> analystGrades, Lang lang) {
        Assessment a = i.assessment();
        if (analystGrades.containsKey(i.id())) return lang.get("reason.analyst");
        return switch (a.grade()) {
            case CONFIRMED -> lang.get("reason.confirmed");
            case CONTESTED -> lang.get("reason.contested") + " " + String.join(", ", a.perpetrators());
            case FAIR -> lang.get("reason.fair").replace("{n}", Integer.toString(a.independentSources()));
            case WEAK -> lang.get("reason.weak");
            case DISCOUNTED -> lang.get("reason.analyst");
        };
    }

    private static List<SourceGroup> groups(List<SourcedClaim> claims, RecordReader record, Lang lang) {
        Map<String, List<Source>> byText = new LinkedHashMap<>();
        List<SourcedClaim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing((SourcedClaim c) -> published(c, record)).thenComparing(SourcedClaim::id));
        for (SourcedClaim sc : ordered) {
            byText.computeIfAbsent(copyKey(sc.claim()), k -> new ArrayList<>()).add(source(sc, record, lang));
        }
        List<SourceGroup> out = new ArrayList<>();
        for (List<Source> g : byText.values()) out.add(new SourceGroup(g.getFirst(), g.subList(1, g.size())));
        return out;
    }

    /** Copies of one text say the same sentence with the same figures. */
    private static String copyKey(Claim c) {
        String ev = c.evidence() == null ? "" : c.evidence().text().replaceAll("\\s+", " ").strip();
        return ev + "|" + c.counts().entrySet().stream().map(e -> e.getKey().field() + "=" + e.getValue().best()).toList();
    }

    private static String published(SourcedClaim c, RecordReader record) {
        var info = record.documentInfo(c.docSha());
        String captured = info.map(d -> d.capturedAt().toString()).orElse("");
        return (c.published() == null ? "9999" : c.published().toString()) + captured;
    }

    private static Source source(SourcedClaim sc, RecordReader record, Lang lang) {
        Claim c = sc.claim();
        var info = record.documentInfo(sc.docSha()).orElse(null);
        var doc = record.document(sc.docSha()).orElse(null);
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<Category, Count> e : c.counts().entrySet()) {
            figures.add(new Figure(lang.get("cat." + e.getKey().field()), Format.count(e.getValue())));
        }
        return new Source(sc.id(), sc.docSha(), sc.outlet(), Format.safeUrl(info == null ? null : info.url()),
                info == null ? null : info.url(),
                sc.published() == null ? "" : sc.published().toString(),
                info == null ? "" : info.capturedAt().toString(), lang.get("stance." + c.stance().code()),
                c.source() == null ? null : c.source().text(), c.source() == null ? null : c.source().actor(), figures,
                doc == null ? List.of() : Highlights.paragraph(doc.document().text(), c));
    }
}
