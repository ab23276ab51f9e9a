package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Span;
import org.raqib.resolve.place.PlaceMention;
import org.raqib.resolve.place.PlaceResolver;
import org.raqib.text.Token;

/**
 * The place of a claim: the first place named in its part of the sentence, a dateline last.
 * A village the gazetteer lacks takes its division from the place named right after it
 * ("قرية الشهابات بريف دير الزور" → Deir ez-Zor); "the city" points back to the last place of the report.
 * An unknown district with no place after it takes the report's last place; "the attack"
 * with no place named happened where the last one did; another incident with no place named
 * is in the division the report's places all lie in, else in the country the report is
 * about. A place named in a clause after the figures that
 * opens with فيما/في حين is that clause's. Parties' names (وزارة الصحة في غزة)
 * locate nothing.
 */
final class Places {
    private static final int CONTEXT_WINDOW = 10;
    private final Attackers attackers;

    Places(Attackers attackers) { this.attackers = attackers; }

    Place of(SentenceFacts f, Segment seg, Kind kind, Context ctx) {
        // a place named in a clause of its own after the figures ("..., while its sources spoke of an
        // operation near the Marib dam") is that clause's
        int to = f.ownClauseEnd(seg);
        List<PlaceMention> found = datelinesLast(f, find(f, seg.from(), to, ctx));
        for (int k = 0; k < found.size(); k++) {
            PlaceMention m = found.get(k);
            // "صنعاء: نفى التحالف ... ضربة جوية" in a report whose places all lie in Saada: where the report
            // was filed, not where the strike was
            if (isDateline(f, m) && ctx.onlyDivision != null && !java.util.Objects.equals(ctx.onlyDivision.admin1(), m.admin1())) continue;
            // "حكومة الحوثيين التي تسيطر على العاصمة صنعاء إن ...": the place a party holds, not where harm was done
            if (heldByAParty(f, m, ctx)) continue;
            // "قال مسؤول صحي في محافظة حجة إن ..."، "المتحدث باسم وزارة الصحة بولاية سنار": the speaker's place
            if (ofTheSpeaker(f, m, ctx) && k + 1 < found.size()) continue;
            if (m.pointsBack()) {
                if (ctx.lastPlace == null) continue;
                ctx.note("place", "place.points-back (place-words.tsv back): the report's last place", m.from(), m.to());
                Place last = ctx.lastPlace;
                Span span = ctx.span(m.from(), m.to());
                return new Place(span.text(), last.name(), last.admin1(), last.country(), last.lat(), last.lon(), 2, span);
            }
            int end = m.to();
            if (!m.known()) {
                PlaceMention context = contextOf(f, m, ctx);
                if (context != null) {
                    ctx.note("place", "place.unknown-name-in-the-place-after", m.from(), context.to());
                    m = m.locatedIn(context);
                    end = context.to();
                } else if (around(ctx) != null) {
                    // a district the gazetteer lacks, in a report that is about one place
                    Place around = around(ctx);
                    ctx.note("place", "place.unknown-name-in-the-report's-place", m.from(), m.to());
                    Span span = ctx.span(m.from(), m.to());
                    return new Place(span.text(), ctx.span(m.nameFrom(), m.to()).text(), around.admin1(),
                            around.country(), null, null, m.near() ? 2 : 1, span);
                } else if (ctx.country != null) {
                    // a village the gazetteer lacks, in a report about one country: its name and that country
                    Span span = ctx.span(m.from(), m.to());
                    return new Place(span.text(), ctx.span(m.nameFrom(), m.to()).text(), null, ctx.country,
                            null, null, m.near() ? 2 : 1, span);
                } else {
                    continue;
                }
            }
            PlaceMention division = m.entry() != null ? divisionRightAfter(f, m, ctx) : null;
            // (not "بنت جبيل جنوبي لبنان": a region named by its direction may span more than one governorate)
            if (division != null && division.country().equals(m.country()) && !division.admin1().equals(m.admin1())
                    && !DIRECTIONS.contains(f.tokens.get(division.from()).text())) {
                // "صوران بريف حلب" when the gazetteer's صوران is in Hama: a namesake; the text says which
                ctx.note("place", "place.namesake-in-the-division-named-after-it", m.from(), division.to());
                m = new PlaceMention(m.from(), m.nameFrom(), m.to(), m.name(), null, division.admin1(), division.country(),
                        m.near(), m.rural(), m.region(), false);
                end = division.to();
            }
            Place around = around(ctx);
            int word = m.from() - 1; // the word before the name, past its quotes (لحي “الروضة”)
            while (word > f.from && f.tokens.get(word).isPunct()) word--;
            boolean quarter = m.entry() != null && (neighbourhood(f.tokens.get(m.from())) || word >= f.from && neighbourhood(f.tokens.get(word)));
            PlaceMention city = quarter ? contextOf(f, m, ctx) : null;
            if (city != null && city.admin1() != null && city.country().equals(m.country()) && !city.admin1().equals(m.admin1())) {
                // "لحي الروضة شمالي مدينة مأرب": a neighbourhood of the city named right after it, not a namesake elsewhere
                ctx.note("place", "place.neighbourhood-of-the-city-after-it", m.from(), city.to());
                m = new PlaceMention(m.from(), m.nameFrom(), m.to(), m.name(), null, city.admin1(), city.country(),
                        m.near(), m.rural(), m.region(), false);
            }
            if (quarter && around != null && around.admin1() != null
                    && m.country().equals(around.country()) && !around.admin1().equals(m.admin1())) {
                // "حي الروضة"، "أحياء الروضة والمسبح" in a report on Taiz: a neighbourhood of the city the report is about, not a namesake elsewhere
                ctx.note("place", "place.neighbourhood-of-the-report's-city", m.from(), m.to());
                m = new PlaceMention(m.from(), m.nameFrom(), m.to(), m.name(), null, around.admin1(), around.country(),
                        m.near(), m.rural(), m.region(), false);
            }
            if (m.known()) {
                if (ctx.explaining()) ctx.note("place", (m.entry() != null ? "place.gazetteer" : "place.division (admin1.tsv)")
                        + " precision "
                        + m.precision(), m.from(), m.to());
            }
            return toPlace(m, end, ctx);
        }
        if (!seg.whole()) {
            // "استشهد أكثر من 100 وأصيب العشرات إثر استهداف مدرسة في مدينة غزة": the killed and the wounded
            // split into two claims, the place named once for both
            for (PlaceMention m : find(f, f.from, f.mainClauseEnd(), ctx)) {
                if (m.known() && !m.pointsBack() && !isDateline(f, m) && m.to() > seg.to()) {
                    ctx.note("place", "place.named-later-in-the-sentence", m.from(), m.to());
                    return toPlace(m, m.to(), ctx);
                }
            }
            // "... على بلدة في ريف إدلب، وقبل ذلك أدى قصف مماثل على منزل إلى مقتل 4": the
            // toll before named the division; this one's place is somewhere in it
            for (PlaceMention m : kind == Kind.INCIDENT ? find(f, f.from, seg.from(), ctx) : List.<PlaceMention>of()) {
                if (m.known() && !m.pointsBack() && !isDateline(f, m) && m.admin1() != null && m.country().equals(ctx.country)) {
                    ctx.note("place", "place.the-sentence's-division (named for the toll before)", m.from(), m.to());
                    return new Place(null, null, m.admin1(), m.country(), null, null, 3, null);
                }
            }
        }
        boolean sameAttack = kind == Kind.INCIDENT && attackers.pointsBackToAttack(f, seg.from(), seg.to());
        if (sameAttack && ctx.lastPlace != null) {
            ctx.note("place", "place.the-attack-before (words.tsv the-attack)", -1, -1);
            return ctx.lastPlace;
        }
        if (kind != Kind.INCIDENT || ctx.country == null) return null;
        Place only = ctx.onlyDivision;
        boolean sentenceNamesAPlace = f.places(ctx).stream().anyMatch(m -> m.known() && !isDateline(f, m));
        // a place the sentence names for another clause ("في حين ... قرب مأرب") is not taken back through the report
        if (only != null && !sentenceNamesAPlace && ctx.country.equals(only.country())) {
            // "a village in eastern Syria", in a report that names no division but Deir ez-Zor
            ctx.note("place", "place.the-report's-only-division (an incident named nowhere in its sentence)", -1, -1);
            return new Place(null, null, only.admin1(), only.country(), null, null, 3, null);
        }
        ctx.note("place", "place.the-report's-country (an incident named nowhere in its sentence)", -1, -1);
        return reportCountry(ctx);
    }

    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي",
            "غرب", "غربي", "وسط");

    /** A whole division named as the place (ريف إدلب), no town in it, in this sentence (not one taken from a sentence before). */
    static boolean wholeDivisionNamedIn(Place p, SentenceFacts f, Context ctx) {
        return p != null && p.span() != null && p.name() == null && p.admin1() != null && p.precision() != null && p.precision() == 3
                && p.span().start() >= ctx.text.originalStart(f.tokens.get(f.from).start());
    }

    /** "جنوبي لبنان": a region named by its direction, which may span more than one governorate. */
    static boolean namedByDirection(String placeText) {
        String t = placeText.strip();
        int space = t.indexOf(' ');
        return DIRECTIONS.contains(space < 0 ? t : t.substring(0, space));
    }

    /**
     * An incident named nowhere in its sentence (a quote cut short, "31 killed in a strike on
     * a wedding") is in the country the report is about: that country only, no division.
     */
    private static Place reportCountry(Context ctx) {
        return new Place(null, null, null, ctx.country, null, null, 3, null);
    }

    /**
     * A dateline ("صنعاء - قال مسؤول ...") says where the report was filed: it is the
     * claim's place only when the sentence names no other.
     */
    private static List<PlaceMention> datelinesLast(SentenceFacts f, List<PlaceMention> found) {
        if (found.size() < 2 || !isDateline(f, found.getFirst())) return found;
        List<PlaceMention> out = new ArrayList<>(found.subList(1, found.size()));
        out.add(found.getFirst());
        return out;
    }

    private static boolean isDateline(SentenceFacts f, PlaceMention m) {
        List<org.raqib.text.Token> t = f.tokens;
        if (m.from() > f.from && t.get(m.from() - 1).type() != org.raqib.text.Token.Type.NEWLINE) return false;
        int k = m.to();
        if (k < f.to && t.get(k).is('(')) { // طرابلس (ليبيا) -
            int close = k + 1;
            while (close < Math.min(f.to, k + 5) && !t.get(close).is(')')) close++;
            k = close + 1;
        }
        return k < f.to && (t.get(k).is('-') || t.get(k).is('–') || t.get(k).is('—') || t.get(k).is(':'));
    }

    /** The place the report has been about: the last named, else the one it names most. */
    private static Place around(Context ctx) {
        return ctx.lastPlace != null && ctx.lastPlace.admin1() != null ? ctx.lastPlace : ctx.mainPlace;
    }

    /** The division named most often in the report (first named wins a tie). */
    static Place mainPlace(List<SentenceFacts> facts, Context ctx) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, PlaceMention> first = new java.util.LinkedHashMap<>();
        for (SentenceFacts f : facts) {
            for (PlaceMention m : find(f, f.from, f.mainClauseEnd(), ctx)) {
                if (!m.known() || m.pointsBack()) continue;
                counts.merge(m.admin1(), 1, Integer::sum);
                first.putIfAbsent(m.admin1(), m);
            }
        }
        PlaceMention best = null;
        int bestCount = 0;
        for (var e : first.entrySet()) {
            if (counts.get(e.getKey()) > bestCount) {
                best = e.getValue();
                bestCount = counts.get(e.getKey());
            }
        }
        return best == null ? null : toPlace(best, best.to(), ctx); // only the winner's span is cut out of the text
    }

    /** The division of the report's places when they all lie in one, else null. */
    static Place onlyDivision(List<SentenceFacts> facts, Context ctx) {
        Place only = null;
        for (SentenceFacts f : facts) {
            for (PlaceMention m : find(f, f.from, f.to, ctx)) {
                if (!m.known() || m.pointsBack() || m.admin1() == null || isDateline(f, m)) continue;
                if (only == null) only = toPlace(m, m.to(), ctx);
                else if (!only.admin1().equals(m.admin1()) || !java.util.Objects.equals(only.country(), m.country())) return null;
            }
        }
        return only;
    }

    /**
     * After a sentence, remember its first place for "the city" and "the strikes" later on: a
     * district the gazetteer lacks but the place after it locates (مديرية X في محافظة صعدة)
     * is remembered as that district, not as the whole governorate.
     */
    void remember(SentenceFacts f, Context ctx) {
        for (PlaceMention m : find(f, f.from, f.mainClauseEnd(), ctx)) {
            if (m.pointsBack()) continue;
            if (m.known()) {
                ctx.lastPlace = toPlace(m, m.to(), ctx);
                return;
            }
            PlaceMention context = contextOf(f, m, ctx);
            if (context != null) {
                ctx.lastPlace = toPlace(m.locatedIn(context), context.to(), ctx);
                return;
            }
        }
    }

    /**
     * A division named right after a town, as its location (بريف حلب، في محافظة حماة), not as
     * another place of a list (وريف إدلب).
     */
    private static PlaceMention divisionRightAfter(SentenceFacts f, PlaceMention m, Context ctx) {
        for (PlaceMention c : find(f, m.to(), Math.min(f.to, m.to() + 4), ctx)) {
            if (!c.known() || c.pointsBack() || c.entry() != null && !c.rural()) return null;
            // the word between is في, a comma or the division's own word (بريف، بمحافظة), never و
            Token between = f.tokens.get(m.to());
            int gap = c.from() - m.to();
            boolean joined = gap == 0 ? !between.startsWithConjunction()
                    : gap == 1 && (between.textIs("في") || between.is(',')
                            || (c.rural() || c.region()) && !between.startsWithConjunction());
            return joined ? c : null;
        }
        return null;
    }

    /** A place right after "التي تسيطر على" / "الذي يسيطر على" (a party's relative clause: what it holds). */
    private static boolean heldByAParty(SentenceFacts f, PlaceMention m, Context ctx) {
        for (var c : f.cues(Math.max(f.from + 1, m.from() - 4), m.from(), Cue.CONTROL)) {
            Token verb = f.tokens.get(c.from());
            if ((verb.textIs("تسيطر") || verb.textIs("يسيطر")) && c.to() < m.from() && f.tokens.get(c.to()).textIs("علي")
                    && ctx.rules.lexicons.has(f.tokens.get(c.from() - 1), org.raqib.rules.WordSet.RELATIVE)) return true;
        }
        return false;
    }

    /** A place written right after the speaker's name (by في or ب), when a place follows it in the sentence. */
    private static boolean ofTheSpeaker(SentenceFacts f, PlaceMention m, Context ctx) {
        if (ctx.speaker == null || ctx.speaker.span() == null) return false;
        int start = ctx.text.originalStart(f.tokens.get(m.from()).start());
        int gap = start - ctx.speaker.span().end();
        return gap >= 0 && gap <= 12 && (m.from() > f.from && (f.tokens.get(m.from() - 1).textIs("في")
                || f.tokens.get(m.from()).text().startsWith("ب")) || gap <= 1);
    }

    /** حي، أحياء, also with a preposition on the short word (لحي، بحي: too short for the clitic forms). */
    private static boolean neighbourhood(org.raqib.text.Token t) {
        return t.hasForm("حي") || t.hasForm("احياء") || NEIGHBOURHOOD.contains(t.text());
    }

    private static final java.util.Set<String> NEIGHBOURHOOD = java.util.Set.of("لحي", "بحي", "وبحي", "ولحي", "فحي", "وحي");

    private static PlaceMention contextOf(SentenceFacts f, PlaceMention m, Context ctx) {
        for (PlaceMention c : find(f, m.to(), Math.min(f.to, m.to() + CONTEXT_WINDOW), ctx)) {
            if (c.known() && !c.pointsBack()) return c;
        }
        return null;
    }

    private static List<PlaceMention> find(SentenceFacts f, int from, int to, Context ctx) {
        List<PlaceMention> all = f.places(ctx);
        if (from <= f.from && to >= f.to) return all;
        List<PlaceMention> out = new ArrayList<>(all.size());
        for (PlaceMention m : all) if (m.from() >= from && m.to() <= to) out.add(m);
        return out;
    }

    private static Place toPlace(PlaceMention m, int end, Context ctx) {
        Span span = ctx.span(m.from(), end);
        String name = m.placeName() == null ? null : PlaceResolver.withoutClitic(ctx.span(m.nameFrom(), m.to()).text(), m.entry());
        boolean located = name != null && m.entry() != null;
        Double lat = located ? m.entry().lat() : null;
        Double lon = located ? m.entry().lon() : null;
        return new Place(span.text(), name, m.admin1(), m.country(), lat, lon, m.precision(), span);
    }
}
