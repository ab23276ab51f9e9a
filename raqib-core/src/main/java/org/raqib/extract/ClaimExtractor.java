package org.raqib.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.raqib.resolve.place.Gazetteer;
import org.raqib.resolve.place.PlaceResolver;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.NormalizedText;
import org.raqib.text.Sentence;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/**
 * Extracts the casualty claims of a report, as the claim contract defines them. Per
 * sentence: the tolls ({@link CountFinder}) are grouped into claims (a category given twice
 * starts a new claim, as does a new harm word after another attack), then each claim gets
 * its source ({@link Attribution}), perpetrator and event type ({@link Attackers}), kind
 * and stance. A toll repeated later (a quote, the headline) adds no claim ({@link Repeats}).
 * An extractor holds no state between reports: one instance may serve many threads at once.
 * {@link #explain} gives, beside each claim, the named rules that made its values.
 */
public final class ClaimExtractor {
    private final RuleSet rules;
    private final PlaceResolver places;
    private final CountFinder counts;
    private final Attribution attribution;
    private final Attackers attackers;
    private final Dates dates;
    private final Places placeRules;
    private final Kinds kinds;
    private final Denials denials;

    /** The built-in rules and gazetteer. */
    public ClaimExtractor() { this(RuleSet.builtIn(), Gazetteer.defaults()); }

    /** A rule set (built in, or {@link RuleSet#load} of a directory) with a gazetteer. */
    public ClaimExtractor(RuleSet rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.places = new PlaceResolver(gazetteer, rules.placeWords);
        this.counts = new CountFinder(rules);
        this.attribution = new Attribution(rules);
        this.attackers = new Attackers(rules);
        this.dates = new Dates(attackers);
        this.placeRules = new Places(attackers);
        this.kinds = new Kinds(rules);
        this.denials = new Denials(rules, attribution, attackers, dates, placeRules);
    }

    public RuleSet rules() { return rules; }

    /** What the report has said so far, for words that point back (المصدر، الهجوم). */
    static final class Context {
        final NormalizedText text;
        final List<Token> tokens;
        final String country;
        final LocalDate published;
        final PlaceResolver places;
        final RuleSet rules;
        /** The decisions of the claim being made, when explaining (null otherwise). */
        List<Explanation.Step> steps;
        ActorMention lastSource;
        /** The words naming the last source's speaker (الدكتور أحمد الحمداني), for "ووفق الحمداني" later: read from its sentence and verb when first asked for. */
        java.util.Set<String> lastSpeakerWords = java.util.Set.of();
        SentenceFacts lastSpeakerFacts;
        org.raqib.text.PhraseMatcher.Match<Lexicons.Speech> lastSpeakerVerb;
        Place lastPlace;
        Place mainPlace;
        /** The one division all the report's places lie in, or null. */
        Place onlyDivision;
        /** The report names raids and no fire from the ground (a rocket may be an aircraft's): its bare قصف is from the air. */
        boolean onlyRaids;
        /** The first date of the last sentence naming one; the day of the attack a report's lead tells before any toll. */
        DateRange lastDate, leadDay;
        ActorMention lastAttacker;
        /** The last sentence told of an attack (by a party it named) and gave no toll: a toll after it naming no attack is that attack's. */
        boolean attackJustTold, attackerJustNamed;
        /** The dates given to claims that were only the day a statement was made (Dates). */
        final java.util.Set<DateRange> statementDays = new java.util.HashSet<>();
        /** The days that were only a tally's period (خلال الـ24 ساعة الأخيرة), no day an attack was told of. */
        final java.util.Set<DateRange> periodDays = new java.util.HashSet<>();
        EventType lastEvent = EventType.UNKNOWN;
        Claim lastClaim;
        /** The last tally each source gave (by actor code): its rows later name no attack or day of their own. */
        final java.util.Map<String, Claim> tallies = new java.util.HashMap<>();
        /** The source of the claim being made: a place written onto its name is whose it is, not where it struck. */
        ActorMention speaker;

        Context(NormalizedText text, List<Token> tokens, String country, LocalDate published, PlaceResolver places,
                RuleSet rules) {
            this.places = places;
            this.rules = rules;
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

        /** Whether the claim being made is explained (callers build rule names only then). */
        boolean explaining() { return steps != null; }

        /** Records a decision of the claim being made (when explaining): its value, rule and tokens [from, to). */
        void note(String value, String rule, int from, int to) {
            if (steps == null) return;
            steps.add(new Explanation.Step(value, rule, from < 0 || to <= from ? "" : span(from, to).text()));
        }
    }

    /** The claims of a report, in the order the report gives them. */
    public List<Claim> extract(Document doc) {
        List<Claim> out = new ArrayList<>();
        for (Repeats.Found f : RetoldTolls.attackersCarried(SummedLeads.tallied(Repeats.drop(found(doc, false))))) out.add(f.claim());
        return out;
    }

    /** The claims of a report, each with the named rules and words that made its values. */
    public List<Explanation> explain(Document doc) {
        List<Explanation> out = new ArrayList<>();
        for (Repeats.Found f : RetoldTolls.attackersCarried(SummedLeads.tallied(Repeats.drop(found(doc, true))))) out.add(new Explanation(f.claim(), f.steps()));
        return out;
    }

    private List<Repeats.Found> found(Document doc, boolean explain) {
        NormalizedText text = ArabicNormalizer.normalize(doc.text());
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = rules.splitter.split(text, tokens);
        LocalDate published = rules.dates.reportDay(tokens, doc.published() != null ? doc.published() : rules.dates.dateline(tokens));
        String country = rules.countries.guess(tokens);
        List<SentenceFacts> facts = facts(tokens, sentences, country);
        Context ctx = new Context(text, tokens, country, published, places, rules);
        Place main = Places.mainPlace(facts, ctx);
        if (country == null && main != null && main.country() != null) {
            // no country named outright: the gazetteer's places tell it, and aliases such as قوات النظام need it
            List<SentenceFacts> again = new ArrayList<>(facts.size());
            for (SentenceFacts f : facts) again.add(f.withCountry(rules.actors, main.country()));
            facts = again;
            ctx = new Context(text, tokens, main.country(), published, places, rules);
        }
        facts = NamedParties.resolve(facts);
        ctx.mainPlace = main;
        ctx.onlyDivision = Places.onlyDivision(facts, ctx);
        ReportAttacks attacks = ReportAttacks.of(facts, rules.lexicons);
        // a road accident or a flood is not violence: such a report yields no claim
        if (attacks.accident() && !attacks.violence()) return List.of();
        ctx.onlyRaids = attacks.onlyRaids();

        List<Repeats.Found> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            SentenceFacts f = facts.get(i);
            ActorMention accused = null;
            int before = found.size();
            if (!s.furniture() && !(f.has(f.from, f.to, Cue.ACCIDENT) && !f.has(f.from, f.to, Cue.EVENTS))) {
                for (Repeats.Found c : claimsOf(doc, s, f, ctx, explain)) {
                    found.add(c);
                    if (c.claim().stance() != Stance.DENIES) ctx.lastClaim = c.claim();
                    if (c.claim().kind() == Kind.AGGREGATE && c.claim().source() != null) ctx.tallies.put(c.claim().source().actor(), c.claim());
                    if (c.claim().stance() == Stance.ALLEGES && c.claim().perpetrator() != null) accused = c.claim().perpetrator();
                }
            }
            attribution.remember(f, ctx);
            attackers.remember(f, ctx, found.size() > before);
            found = attackers.ownedUpToLater(found, f, ctx);
            // "the attack" later points back to the attacker its toll was given, not to a party the speaker belongs to
            if (accused != null) ctx.lastAttacker = accused;
            placeRules.remember(f, ctx);
            dates.remember(f, ctx);
        }
        return found;
    }

    private List<SentenceFacts> facts(List<Token> tokens, List<Sentence> sentences, String country) {
        List<SentenceFacts> facts = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) facts.add(new SentenceFacts(tokens, s.from(), s.to(), rules, country));
        return facts;
    }

    private List<Repeats.Found> claimsOf(Document doc, Sentence s, SentenceFacts f, Context ctx, boolean explain) {
        List<CountMention> counts = this.counts.find(f.tokens, s.from(), s.to());
        if (counts.isEmpty()) {
            ctx.steps = explain ? new ArrayList<>() : null;
            Claim denial = denials.find(doc, s, f, ctx);
            return denial == null ? List.of() : List.of(new Repeats.Found(denial, s.headline(), ctx.steps));
        }
        List<List<CountMention>> groups = ClaimGroups.group(f, counts);
        List<Repeats.Found> out = new ArrayList<>(groups.size());
        Kind previousKind = null;
        DateRange previousDate = null;
        for (int g = 0; g < groups.size(); g++) {
            List<CountMention> group = groups.get(g);
            int segFrom = g == 0 ? s.from() : ClaimGroups.clauseStart(f, groups.get(g - 1).getLast().to(), group.getFirst().from());
            int segTo = g == groups.size() - 1 ? s.to() : ClaimGroups.clauseStart(f, group.getLast().to(), groups.get(g + 1).getFirst().from());
            Segment seg = new Segment(segFrom, segTo, group.getFirst().from(), group.getLast().to(), groups.size() == 1);
            ctx.steps = explain ? new ArrayList<>() : null;
            if (g > 0) ctx.note("claim", "claim.split (a category given twice, or a new attack with its own harm word)",
                    group.getFirst().from(), group.getLast().to());

            // a count that goes on with a claim before it, of its kind, period and people:
            // "مقتل 193 منهم" (a part of the toll of the sentence before), "25 آخرين" (more of them)
            Claim continued = TollsGoingOn.continuedClaim(group.getFirst(), out, ctx);
            Claim whole = continued != null ? continued : out.isEmpty() ? null : out.getLast().claim();
            if (whole != null && TollsGoingOn.partOfTheSameToll(group, whole)) {
                ctx.steps = null;
                continue; // "ستة جرحى، حالة ثلاثة منهم حرجة": how some of the same wounded fare, no new toll
            }
            if (ctx.lastClaim != null && TollsGoingOn.namesThoseCounted(f, group, ctx.lastClaim)) {
                ctx.steps = null;
                continue; // "وإصابة 4 مدنيين هم فلان وفلان": the names of people the toll before counted
            }
            ActorMention lastSource = ctx.lastSource;
            // "قتل 11 في الباب ...، وتسعة في اعزاز": a toll listed after another under its harm word
            // shares that claim's speaker and attacker
            Claim sharesWith = continued != null ? continued
                    : g > 0 && !group.getFirst().ownTrigger() && !out.isEmpty() ? out.getLast().claim() : null;
            Attribution.Result said = attribution.find(f, seg, ctx);
            ActorMention source = said.source();
            Stance stance = said.stance();
            if (source == null && sharesWith != null && sharesWith.source() != null) {
                ctx.note("source", "source.continued-claim (آخرون / منهم, or a toll listed under the same harm word: its speaker)", -1, -1);
                source = sharesWith.source();
            }
            // a denial in the sentence denies these figures: they are the allegation, the denial a claim of none
            org.raqib.text.PhraseMatcher.Match<Cue> denialCue = stance == Stance.ALLEGES ? f.first(seg.from(), seg.to(), Cue.DENIAL) : null;
            ActorMention denier = null;
            if (denialCue != null) {
                if (ctx.explaining()) ctx.note("stance", "stance.denial-of-a-stated-figure " + rules.lexicons.rule("cues.tsv", denialCue),
                        denialCue.from(), denialCue.to());
                denier = Denials.denier(f, denialCue, source, ctx);
                if (denier != null && source != null && source.actor().equals(denier.actor())) {
                    source = Denials.reporter(f, denialCue, seg, denier.actor(), ctx); // the denier never alleges
                }
            }
            if (stance == Stance.ACKNOWLEDGES && CountMention.allFighters(group)) {
                // "اعترف الجيش بإصابة ثلاثة جنود": a party owning up to its own soldiers' wounds caused no harm it admits
                ctx.note("stance", "stance.its-own-fighters (an acknowledgement of its own losses alleges)", -1, -1);
                stance = Stance.ALLEGES;
            }
            ActorMention perpetrator = stance == Stance.ACKNOWLEDGES ? said.source() : attackers.perpetrator(f, seg, counts, source, ctx);
            if (perpetrator == null && stance == Stance.ALLEGES && denialCue == null && OwningUp.speakerDidIt(f, group, source, ctx)) {
                perpetrator = source; stance = Stance.ACKNOWLEDGES; // "وقالت الحركة إنها قتلت عشرة جنود": owning up
            }
            if (perpetrator == null && denier != null && rules.actors.isArmed(denier.actor())) {
                ctx.note("perpetrator", "perpetrator.the-armed-party-denying-is-accused", -1, -1);
                perpetrator = denier;
            }
            boolean carried = false;
            if (perpetrator == null && stance == Stance.ALLEGES) {
                if (sharesWith != null && sharesWith.perpetrator() != null) {
                    ctx.note("perpetrator", "perpetrator.continued-claim (آخرون / منهم, or a listed toll: the attacker of the claim before)", -1, -1);
                    perpetrator = sharesWith.perpetrator();
                    carried = true;
                } else if (source != null && lastSource != null && source.actor().equals(lastSource.actor())
                        && ctx.lastAttacker != null && !ctx.lastAttacker.actor().equals(source.actor())
                        && !f.has(seg.from(), seg.to(), Cue.PERIOD) && group.stream().noneMatch(CountMention::outOf)) {
                    // the same speaker goes on about the same campaign: "وأضاف مدير المرصد أن تسعة مدنيين قتلوا أمس في الرقة"
                    // (not a tally over a period, which sums more than one party's attacks)
                    ctx.note("perpetrator", "perpetrator.same-speaker-goes-on (the attacker the speaker named before)", -1, -1);
                    perpetrator = ctx.lastAttacker;
                    carried = true;
                }
            }
            if (source != null && perpetrator == ctx.lastAttacker && perpetrator != null
                    && source.actor().equals(perpetrator.actor()) && CountMention.onlyFighters(group)
                    && !OwningUp.claimsTheAttack(f, source, rules.lexicons)) {
                // "وتابع أن التفجير أودى بحياة جندي في الجيش": a party telling of its own fighters' deaths, with no
                // attacker named in the sentence, did not kill them ("قال الجيش إنه قتل 20 مسلحا" names itself)
                ctx.note("perpetrator", "perpetrator.none (the speaker's own fighters died)", -1, -1);
                perpetrator = null;
            }
            if (stance == Stance.ALLEGES && denialCue == null && (perpetrator == null || carried) && OwningUp.goesOn(ctx.lastClaim, source, ctx)) {
                perpetrator = source; stance = Stance.ACKNOWLEDGES; // "أقر التحالف بأنه قتل ... وأضاف أن 45 قتلوا": it goes on
            }
            if (stance == Stance.ALLEGES && source != null && perpetrator != null && rules.actors.sameSide(source.actor(), perpetrator.actor())
                    && rules.actors.isArmed(source.actor()) && denialCue == null) {
                // "وأشار البيان إلى أن ضربات قوات التحالف ربما قتلت 150 شخصا": the attacker tells of its own harm
                ctx.note("stance", "stance.the-attacker-speaks (its own harm, told by itself)", -1, -1);
                stance = Stance.ACKNOWLEDGES;
            }
            EventType event = attackers.eventType(f, seg, perpetrator, ctx);
            if (stance == Stance.ALLEGES && perpetrator == null && source != null && event == EventType.AIRSTRIKE
                    && rules.actors.strikesFromTheAir(source.actor()) && denialCue == null) {
                // "قال الجيش إن ضربة جوية لمخزن في البلدة قتلت تسعة": a raid it names no one for is its own
                ctx.note("stance", "stance.the-attacker-speaks (a raid told by a party that strikes from the air, no other attacker)", -1, -1);
                perpetrator = source;
                stance = Stance.ACKNOWLEDGES;
            }
            if (carried && event == EventType.UNKNOWN) {
                event = sharesWith != null && sharesWith.eventType() != EventType.UNKNOWN ? sharesWith.eventType() : ctx.lastEvent;
                ctx.note("event_type", "event.carried-with-the-attacker (the kind of attack told before)", -1, -1);
            }
            // (not past an attacker of its own: "قتلت روسيا 21، في حين قتل 11 على أيدي قسد" names another's deeds)
            if (event == EventType.UNKNOWN && g > 0 && !out.isEmpty() && !f.has(seg.from(), seg.to(), Cue.EVENTS)
                    && !TollsGoingOn.anotherAttacker(perpetrator, out.getLast().claim())) {
                ctx.note("event_type", "event.the-sentence's-attack (a toll listed after another, no attack of its own)", -1, -1);
                event = out.getLast().claim().eventType();
                if (perpetrator == null && stance == Stance.ALLEGES && out.getLast().claim().perpetrator() != null
                        && !CountMention.onlyFighters(group)) { // "...، فيما قتل انتحاريان": fighters of the other side
                    // "قضى رجل في حي الأندلس، كما قتل في حي النصر شاب آخر": the same shelling, by the same party
                    ctx.note("perpetrator", "perpetrator.the-sentence's-attack (the attacker of the toll before)", -1, -1);
                    perpetrator = out.getLast().claim().perpetrator();
                }
            }
            Kind kind = kinds.of(f, seg, group, ctx);
            if (kind == Kind.AGGREGATE && perpetrator != null && perpetrator == ctx.lastAttacker && continued == null
                    && !(source != null && rules.actors.sameSide(source.actor(), perpetrator.actor()))) { // not the attacker's own tally
                // a tally sums attacks of more than the one told before: "the attacks" do not name its attacker
                ctx.note("perpetrator", "perpetrator.none-for-a-tally (the attacker told before is one attack's)", -1, -1);
                perpetrator = null;
            }
            if (kind == Kind.INCIDENT && g > 0 && previousKind == Kind.AGGREGATE && !f.has(seg.from(), seg.to(), Cue.EVENTS)) {
                ctx.note("kind", "kind.tally-goes-on (the claim before is a tally, no attack named)", -1, -1);
                kind = Kind.AGGREGATE; // "... إلى 556 شهيدا، و717 شهيدا انتشلت جثامينهم": the same tally goes on
            }
            // "ثلاثة منهم جراء قصف شقة في ...": a part (منهم) of a tally that names its own attack is an incident
            boolean ownAttack = continued != null && group.getFirst().ofThem() && continued.kind() == Kind.AGGREGATE
                    && kind == Kind.INCIDENT && f.has(seg.from(), seg.to(), Cue.EVENTS);
            if (continued != null && !ownAttack) {
                ctx.note("kind", "kind.continued-claim (منهم / آخرين go on with the claim before)", -1, -1);
                kind = continued.kind();
            }
            Claim before = ctx.lastClaim, tally = source == null ? null : ctx.tallies.get(source.actor());
            boolean tallyRow = false;
            if (kind == Kind.INCIDENT && continued == null && g == 0 && tally != null && (tally == before || Kinds.namesNoDayOrPlace(f, seg, ctx))
                    && !f.has(seg.from(), seg.to(), Cue.EVENTS) && !dates.namesTheEventsDay(f, seg, ctx)) {
                // "وبين التقرير أن 120 مدنيا قتلوا على يد ...": the next row of the same source's tally, over its period
                // (past other claims only when it names no day or place: "وأوضح أن 12 قتلوا أمس في الرقة" is an attack)
                ctx.note("kind", "kind.the-same-source's-tally-goes-on (no attack or day named)", -1, -1);
                kind = Kind.AGGREGATE;
                tallyRow = tally.date() != null;
                if (carried) perpetrator = null; // a row names its own party: "على يد جهات لم تحدد" is no one's
            }
            previousKind = kind;
            DateRange date = tallyRow ? tally.date() : dates.of(f, seg, kind, ctx);
            if (tallyRow) ctx.note("date", "date.the-tally's-period (a row of the tally before)", -1, -1);
            if (date == null && continued != null) date = continued.date();
            if (date == null && g > 0 && (group.stream().anyMatch(CountMention::outOf) || kind == Kind.AGGREGATE
                    || !f.has(seg.from(), seg.to(), Cue.EVENTS))) {
                // "من أصل 250" and a tally that goes on share the period just given; so does a toll listed
                // after another with no attack of its own ("3 في حي الأندلس، ومقتل رابع في حي آخر")
                date = previousDate;
            }
            boolean sameSpeaker = source != null && lastSource != null && source.actor().equals(lastSource.actor());
            if (date == null && kind == Kind.INCIDENT) date = Dates.theDayTold(before, source, f, ctx);
            previousDate = date;
            ctx.speaker = source;
            Place place = placeRules.of(f, seg, kind, ctx);
            if (kind == Kind.INCIDENT && sameSpeaker && place != null && place.span() == null && place.admin1() == null
                    && ctx.lastClaim != null && ctx.lastClaim.place() != null && ctx.lastClaim.place().admin1() != null) {
                // "وأوضح المصدر أن ... إصابة 13 مدنيا": the speaker goes on about the attack just told, where it was
                ctx.note("place", "place.same-speaker-goes-on (the place of the claim before)", -1, -1);
                place = ctx.lastClaim.place();
            }
            if (kind == Kind.INCIDENT && continued == null && Places.wholeDivisionNamedIn(place, f, ctx) && kinds.pluralAttacks(f, seg.from(), seg.to())) {
                ctx.note("kind", "kind.a-governorate's-row (plural attacks, only a governorate named)", -1, -1);
                kind = Kind.AGGREGATE; // "11 killed in Nabatieh governorate in yesterday's raids": a governorate's row of a tally
            }

            Map<Category, Count> byCategory = new EnumMap<>(Category.class);
            for (CountMention m : group) {
                Span span = ctx.span(m.from(), m.to());
                Category category = m.category();
                if (m.continuesAClaim() && continued != null && category == Category.KILLED) category = TollsGoingOn.headOf(continued);
                if (TollsGoingOn.raisesFightersToll(f, m, whole != null ? whole : ctx.lastClaim)) category = Category.COMBATANTS_KILLED;
                byCategory.put(category, new Count(m.low(), m.best(), m.high(), span.text(), span));
                if (ctx.steps != null) m.explain(category.field(), rules.lexicons, ctx);
            }
            Claim told = g == 0 && group.getFirst().among() && ctx.lastClaim != null && ctx.lastClaim.kind() == Kind.INCIDENT
                    && kind == Kind.INCIDENT && !f.has(seg.from(), seg.to(), Cue.EVENTS) ? ctx.lastClaim : null;
            if (told != null) {
                // "وبحسب المصادر، فمن بين القتلى طفلان": the parts of the toll just told; the
                // claim restates it with them (its figures stand), and the earlier statement goes as its repeat
                ctx.note("claim", "claim.among-the-toll-told-before (من بين القتلى opening a sentence)", -1, -1);
                byCategory.putAll(told.counts());
            }
            TollsGoingOn.dropFewerDeadThanCivilians(byCategory);
            // "عدد من الضحايا" states no figure: nothing a recorder could count
            if (byCategory.values().stream().allMatch(c -> c.best() == null)) continue;
            Span evidence = ctx.span(s.from(), s.to());
            Claim claim = new Claim(doc.id(), kind, stance, source, perpetrator, event, date, place, byCategory, evidence);
            if (g == 0 && ListRows.isRow(f)) claim = ListRows.underItsHead(claim, f, ctx);
            out.add(new Repeats.Found(claim, s.headline(), ctx.steps, TollsGoingOn.another(f, seg, group)));
            if (denialCue != null) {
                ActorMention accused = denier != null && rules.actors.isArmed(denier.actor()) ? denier : perpetrator;
                out.add(new Repeats.Found(Denials.denialOf(claim, denier, accused, denialCue, f, seg, ctx), s.headline(), ctx.steps));
            }
        }
        ctx.steps = null;
        return out;
    }

    /** The stretch of a sentence that belongs to one claim; {@code whole} when it is the only one. */
    record Segment(int from, int to, int countsFrom, int countsTo, boolean whole) {}
}
