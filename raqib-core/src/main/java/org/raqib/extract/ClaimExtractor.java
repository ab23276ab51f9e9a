package org.raqib.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Span;
import org.raqib.model.Stance;
import org.raqib.resolve.ActorDictionary;
import org.raqib.resolve.CountryGuesser;
import org.raqib.resolve.DateResolver;
import org.raqib.resolve.place.Gazetteer;
import org.raqib.resolve.place.PlaceResolver;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.NormalizedText;
import org.raqib.text.Sentence;
import org.raqib.text.SentenceSplitter;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/**
 * Extracts the casualty claims of a report, as the claim contract defines them. Per
 * sentence: the tolls ({@link CountFinder}) are grouped into claims (a category given twice
 * starts a new claim, as does a new harm word after another attack), then each claim gets
 * its source ({@link Attribution}), perpetrator and event type ({@link Attackers}), kind
 * and stance. A toll repeated later (a quote, the headline) adds no claim ({@link Repeats}).
 */
public final class ClaimExtractor {
    private final ActorDictionary actors;
    private final PlaceResolver places;

    public ClaimExtractor() { this(ActorDictionary.defaults(), Gazetteer.defaults()); }

    public ClaimExtractor(ActorDictionary actors, Gazetteer gazetteer) {
        this.actors = actors;
        this.places = new PlaceResolver(gazetteer);
    }

    /** What the report has said so far, for words that point back (المصدر، الهجوم). */
    static final class Context {
        final NormalizedText text;
        final List<Token> tokens;
        final String country;
        final LocalDate published;
        final PlaceResolver places;
        ActorMention lastSource;
        Place lastPlace;
        Place mainPlace;
        DateRange lastDate;
        ActorMention lastAttacker;
        EventType lastEvent = EventType.UNKNOWN;
        Claim lastClaim;

        Context(NormalizedText text, List<Token> tokens, String country, LocalDate published, PlaceResolver places) {
            this.places = places;
            this.text = text;
            this.tokens = tokens;
            this.country = country;
            this.published = published;
        }

        ActorMention mention(int from, int to, String code) {
            int s = tokens.get(from).start();
            int e = tokens.get(to - 1).end();
            int os = text.originalStart(s), oe = text.originalEnd(e);
            return new ActorMention(text.original().substring(os, oe), code, new Span(os, oe, text.original().substring(os, oe)));
        }

        Span span(int from, int to) {
            int os = text.originalStart(tokens.get(from).start());
            int oe = text.originalEnd(tokens.get(to - 1).end());
            return Span.of(text.original(), os, oe);
        }
    }

    public List<Claim> extract(Document doc) {
        NormalizedText text = ArabicNormalizer.normalize(doc.text());
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        LocalDate published = doc.published() != null ? doc.published() : DateResolver.dateline(tokens);
        String country = CountryGuesser.guess(tokens);
        List<SentenceFacts> facts = facts(tokens, sentences, country);
        Context ctx = new Context(text, tokens, country, published, places);
        Place main = Places.mainPlace(facts, ctx);
        if (country == null && main != null && main.country() != null) {
            // no country named outright: the gazetteer's places tell it, and aliases such as قوات النظام need it
            List<SentenceFacts> again = new ArrayList<>(facts.size());
            for (SentenceFacts f : facts) again.add(f.withCountry(actors, main.country()));
            facts = again;
            ctx = new Context(text, tokens, main.country(), published, places);
        }
        ctx.mainPlace = main;
        boolean violence = false, accident = false;
        for (SentenceFacts f : facts) {
            for (var c : f.cues) {
                if (SentenceFacts.isEvent(c.value())) violence = true;
                if (c.value().equals("accident")) accident = true;
            }
        }
        // a road accident or a flood is not violence: such a report yields no claim
        if (accident && !violence) return List.of();

        List<Repeats.Found> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            SentenceFacts f = facts.get(i);
            if (!s.furniture() && !(f.has(f.from, f.to, "accident") && !hasEvent(f))) {
                for (Claim c : claimsOf(doc, s, f, ctx)) {
                    found.add(new Repeats.Found(c, s.headline()));
                    if (c.stance() != Stance.DENIES) ctx.lastClaim = c;
                }
            }
            Attribution.remember(f, ctx);
            Attackers.remember(f, ctx);
            Places.remember(f, ctx);
            Dates.remember(f, ctx);
        }
        return Repeats.drop(found);
    }

    private List<SentenceFacts> facts(List<Token> tokens, List<Sentence> sentences, String country) {
        List<SentenceFacts> facts = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) facts.add(new SentenceFacts(tokens, s.from(), s.to(), actors, country));
        return facts;
    }

    private static boolean hasEvent(SentenceFacts f) {
        for (var c : f.cues) if (SentenceFacts.isEvent(c.value())) return true;
        return false;
    }

    private List<Claim> claimsOf(Document doc, Sentence s, SentenceFacts f, Context ctx) {
        List<CountMention> counts = CountFinder.find(f.tokens, s.from(), s.to());
        if (counts.isEmpty()) {
            Claim denial = Denials.find(doc, s, f, ctx);
            return denial == null ? List.of() : List.of(denial);
        }
        List<List<CountMention>> groups = group(f, counts);
        List<Claim> out = new ArrayList<>(groups.size());
        Kind previousKind = null;
        DateRange previousDate = null;
        for (int g = 0; g < groups.size(); g++) {
            List<CountMention> group = groups.get(g);
            int segFrom = g == 0 ? s.from() : clauseStart(f, groups.get(g - 1).getLast().to(), group.getFirst().from());
            int segTo = g == groups.size() - 1 ? s.to() : clauseStart(f, group.getLast().to(), groups.get(g + 1).getFirst().from());
            Segment seg = new Segment(segFrom, segTo, group.getFirst().from(), group.getLast().to(), groups.size() == 1);

            Attribution.Result attribution = Attribution.find(f, seg, ctx);
            ActorMention source = attribution.source();
            Stance stance = attribution.stance();
            ActorMention perpetrator = stance == Stance.ACKNOWLEDGES ? attribution.source()
                    : Attackers.perpetrator(f, seg, counts, source, ctx);
            EventType event = Attackers.eventType(f, seg, perpetrator, ctx);
            if (stance == Stance.ALLEGES && f.has(seg.from(), seg.to(), "denial")) stance = Stance.DENIES;
            Kind kind = kindOf(f, seg, group, ctx);
            if (kind == Kind.INCIDENT && g > 0 && previousKind == Kind.AGGREGATE && !f.has(seg.from(), seg.to(), "attack",
                    "airstrike", "shelling", "explosion", "clash", "bombardment")) {
                kind = Kind.AGGREGATE; // "... إلى 556 شهيدا، و717 شهيدا انتشلت جثامينهم": the same tally goes on
            }
            // a count that goes on with a claim before it, of its kind, period and people:
            // "مقتل 193 منهم" (a part of the toll of the sentence before), "25 آخرين" (more of them)
            Claim continued = continuedClaim(group.getFirst(), out, ctx);
            if (continued != null) kind = continued.kind();
            previousKind = kind;
            DateRange date = Dates.of(f, seg, kind, ctx);
            if (date == null && continued != null) date = continued.date();
            if (date == null && g > 0 && (group.stream().anyMatch(CountMention::outOf) || kind == Kind.AGGREGATE)) {
                date = previousDate; // "من أصل 250" and a tally that goes on share the period just given
            }
            previousDate = date;
            Place place = Places.of(f, seg, kind, ctx);
            if (kind == Kind.INCIDENT && continued == null && wholeDivision(place) && pluralAttacks(f, seg)) {
                kind = Kind.AGGREGATE; // "11 killed in Nabatieh governorate in yesterday's raids": a governorate's row of a tally
            }

            Map<Category, Count> byCategory = new EnumMap<>(Category.class);
            for (CountMention m : group) {
                Span span = ctx.span(m.from(), m.to());
                Category category = m.category();
                if (m.continuesAClaim() && continued != null && category == Category.KILLED) category = headOf(continued);
                byCategory.put(category, new Count(m.low(), m.best(), m.high(), span.text(), span));
            }
            // "عدد من الضحايا" states no figure: nothing a recorder could count
            if (byCategory.values().stream().allMatch(c -> c.best() == null)) continue;
            Span evidence = ctx.span(s.from(), s.to());
            out.add(new Claim(doc.id(), kind, stance, source, perpetrator, event, date, place, byCategory, evidence));
        }
        return out;
    }

    /** The claim a count goes on with: "منهم" the last sentence's, "آخرين" this sentence's last or else the last one's. */
    private static Claim continuedClaim(CountMention first, List<Claim> sentenceSoFar, Context ctx) {
        if (first.ofThem()) return sentenceSoFar.isEmpty() ? ctx.lastClaim : null;
        if (first.othersKilled()) return sentenceSoFar.isEmpty() ? ctx.lastClaim : sentenceSoFar.getLast();
        return null;
    }

    /** Whom a toll counts as a whole: all the dead when it gives them, else the people it names first. */
    private static Category headOf(Claim c) {
        if (c.counts().containsKey(Category.KILLED)) return Category.KILLED;
        for (Category k : List.of(Category.CIVILIANS_KILLED, Category.COMBATANTS_KILLED, Category.CHILDREN_KILLED,
                Category.WOMEN_KILLED)) {
            if (c.counts().containsKey(k)) return k;
        }
        return Category.KILLED;
    }

    /**
     * Where the clause of a toll starts: back from the toll to a comma, or to a word opening
     * with the conjunction و (وقتل 39 مدنيا), not before the previous claim's last toll; the
     * toll itself when no boundary is near.
     */
    private static int clauseStart(SentenceFacts f, int previousEnd, int toll) {
        for (int k = toll; k > previousEnd && toll - k < 6; k--) {
            Token before = f.tokens.get(k - 1);
            if (before.is(',') || before.is(';')) return k;
            if (before.startsWithConjunction() || before.text().equals("و")) return k - 1;
        }
        return toll; // no clause boundary close by: the toll itself starts its stretch
    }

    /** The stretch of a sentence that belongs to one claim; {@code whole} when it is the only one. */
    record Segment(int from, int to, int countsFrom, int countsTo, boolean whole) {}

    /**
     * Splits a sentence's tolls into claims: a category already filled starts a new claim, and
     * so does a toll with a harm word of its own after another attack was named in between.
     */
    private static List<List<CountMention>> group(SentenceFacts f, List<CountMention> counts) {
        List<List<CountMention>> groups = new ArrayList<>();
        List<CountMention> current = null;
        for (CountMention m : counts) {
            boolean conflict = current != null && current.stream().anyMatch(c -> c.category() == m.category());
            boolean newEvent = current != null && m.ownTrigger() && !m.among()
                    && f.has(current.getLast().to(), m.from(), "airstrike", "shelling", "explosion", "clash", "bombardment", "attack");
            if (current == null || conflict || newEvent) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(m);
        }
        return groups;
    }

    private static final Set<String> PERIOD_STARTS = Lexicons.normalized("بدء", "بداية", "مطلع", "اندلاع", "انطلاق", "وقف");
    private static final Set<String> COMPARISONS = Lexicons.normalized("ثاني", "ثالث", "الثاني", "الثانية", "ثانية", "الثالث", "الثالثة", "الأعنف", "الأسوأ", "الأكبر",
            "الأكثر", "دموية", "نوعها", "نوعه");
    private static final Set<String> PLURAL_ATTACKS = Lexicons.normalized("غارات", "ضربات", "هجمات", "اعتداءات", "الغارات", "الضربات");
    /** "ongoing" before منذ: the war's or campaign's age, not the toll's period. */
    private static final Set<String> ONGOING = Lexicons.normalized("المستمرة", "المستمر", "الدائرة", "الدائر", "المتواصلة", "المتواصل");

    private static Kind kindOf(SentenceFacts f, Segment seg, List<CountMention> group, Context ctx) {
        if (group.stream().anyMatch(CountMention::outOf)) return Kind.AGGREGATE;
        if (f.has(seg.from(), seg.to(), "places")) return Kind.AGGREGATE;
        // a period named in another clause ("نزح ... خلال الأيام الماضية، فيما قتل 37 مدنيا أمس") is that clause's
        int from = seg.from(), to = seg.to();
        for (var c : f.cues(seg.from(), seg.to(), "clause")) {
            if (c.to() <= seg.countsFrom()) from = Math.max(from, c.from());
            else if (c.from() >= seg.countsTo()) to = Math.min(to, c.from());
        }
        for (var c : f.cues(from, to, "period")) {
            String first = f.tokens.get(c.from()).text();
            if (first.equals("خلال")) {
                if (followedByTimeUnit(f, c.to()) && !comparison(f, c.from())) return Kind.AGGREGATE;
            } else if (first.equals("من")) {
                // "من أصل" sums the toll it follows; after another number (120 migrants out of 610) it is no tally
                if (group.stream().anyMatch(m -> m.to() <= c.from() && !CountFinder.numberBetween(f.tokens, m.to(), c.from()))) {
                    return Kind.AGGREGATE;
                }
            } else {
                return Kind.AGGREGATE;
            }
        }
        // a tally since a day (منذ الثلاثين من نيسان، منذ بداية الشهر), not a strike going on since yesterday
        for (var m : f.dates(from, to, ctx)) {
            if (m.since() && java.time.temporal.ChronoUnit.DAYS.between(m.start(), m.end()) > 2) return Kind.AGGREGATE;
        }
        // "أوقع في خمسة أشهر 1963 قتيلا": a toll over N months
        for (int k = from; k < to - 2; k++) {
            if (!f.tokens.get(k).text().equals("في")) continue;
            NumberMatch n = ArabicNumbers.parse(f.tokens, k + 1, to);
            if (n != null && n.to() < to && Lexicons.anyForm(f.tokens.get(n.to()), Lexicons.TIME_UNITS)) return Kind.AGGREGATE;
        }
        // منذ + a date or منذ بدء ... even when no publication date lets it resolve
        for (int k = from; k < to - 1; k++) {
            if (!f.tokens.get(k).hasForm("منذ")) continue; // ومنذ too
            // "the war going on for 19 days": the period of something else, not of the toll
            if (k > from && Lexicons.anyForm(f.tokens.get(k - 1), ONGOING)) continue;
            Token next = f.tokens.get(k + 1);
            if (next.isNumber() || Lexicons.anyForm(next, PERIOD_STARTS) || Lexicons.anyForm(next, Lexicons.MONTHS)) {
                return Kind.AGGREGATE;
            }
        }
        return Kind.INCIDENT;
    }

    private static boolean wholeDivision(Place p) {
        return p != null && p.name() == null && p.admin1() != null && p.precision() != null && p.precision() == 3;
    }

    private static boolean pluralAttacks(SentenceFacts f, Segment seg) {
        for (int k = seg.from(); k < seg.to(); k++) if (Lexicons.anyForm(f.tokens.get(k), PLURAL_ATTACKS)) return true;
        return false;
    }

    /** "the second massacre of its kind in 11 years", "the deadliest in a decade": a comparison, not the toll's period. */
    private static boolean comparison(SentenceFacts f, int k) {
        for (int j = Math.max(f.from, k - 6); j < k; j++) {
            if (Lexicons.anyForm(f.tokens.get(j), COMPARISONS)) return true;
        }
        return false;
    }

    private static boolean followedByTimeUnit(SentenceFacts f, int k) {
        for (int j = k; j < Math.min(f.to, k + 3); j++) {
            if (Lexicons.anyForm(f.tokens.get(j), Lexicons.TIME_UNITS)) return true;
        }
        return false;
    }
}
