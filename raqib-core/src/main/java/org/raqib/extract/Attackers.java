package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.ActorMention;
import org.raqib.model.Claim;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Stance;
import org.raqib.resolve.ActorDictionary;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * Who caused the harm and how. The perpetrator is the armed party tied to an attack word:
 * inside it (الغارات الروسية), right after it (قصف للتحالف، غارة شنها طيران التحالف) or
 * acting it (الجيش الإسرائيلي ارتكب، قوات النظام قتلت), or held responsible for it (قوات النظام
 * مسؤولة عن، متهمة قوات حفتر بالوقوف وراءه). Parties that control the target (قرية يسيطر عليها
 * داعش), are fought (ضد التنظيم) or are the victims (أفراد قوات النظام) are passed over.
 * "The attack" with no party named points back to the last attacker of the report.
 */
final class Attackers {
    private static final int MAX_DISTANCE = 4;
    /** How far before a rocket or missile the aircraft that fired it may be named. */
    private static final int MUNITION_AFTER_AIRCRAFT = 4;
    private final Lexicons lex;
    private final ActorDictionary actors;
    private final ArabicNumbers numbers;

    Attackers(RuleSet rules) {
        this.lex = rules.lexicons;
        this.actors = rules.actors;
        this.numbers = rules.numbers;
    }

    ActorMention perpetrator(SentenceFacts f, Segment seg, List<CountMention> counts, ActorMention source,
                                    Context ctx) {
        // a party named in a clause of its own after the figures ("..., فيما استمر القتال بين الجيش وقوات
        // الدعم السريع") is that clause's
        // "أغارت طائرات النظام على ...، فيما قصف الجيش التركي ... ما أسفر عن مقتل": the party of the figures' own clause first
        int clause = seg.from();
        for (Match<Cue> c : f.cues(seg.from(), seg.countsFrom(), Cue.CLAUSE)) if (c.to() <= seg.countsFrom()) clause = c.from();
        ActorMatch best = clause > seg.from() && f.actors.size() > 1 ? best(f, clause, f.ownClauseEnd(seg), counts, source, ctx, seg.countsFrom()) : null;
        if (best == null) best = best(f, seg.from(), f.ownClauseEnd(seg), counts, source, ctx, seg.countsFrom());
        if (best != null) {
            if (ctx.explaining()) ctx.note("perpetrator", "perpetrator.armed-party-at-attack " + best.rule(), best.from(), best.to());
            return ctx.mention(best.from(), best.to(), best.code());
        }
        int back = pointBack(f, seg.from(), seg.to());
        if ((back >= 0 || ctx.attackerJustNamed && attackJustTold(f, ctx)) && ctx.lastAttacker != null) {
            if (ctx.explaining()) ctx.note("perpetrator", back >= 0 ? "perpetrator.the-attack-before (words.tsv the-attack)"
                    : "perpetrator.the-attack-just-told (the sentence before, with no toll; this one names no attack)", back, back + 1);
            return ctx.lastAttacker;
        }
        for (int k = seg.from(); k < seg.to() && ctx.lastAttacker != null; k++) {
            for (String form : f.tokens.get(k).forms()) {
                if (!THE_PARTY.contains(form)) continue;
                // "وقد قصفت الميليشيا القرية"، "في تفجير تبنته الجماعة": the armed party told before
                ctx.note("perpetrator", "perpetrator.the-party-told-before (الميليشيا، الجماعة، التنظيم)", k, k + 1);
                return ctx.lastAttacker;
            }
        }
        return null;
    }

    /** Words for an armed party that, with the article, point back to the one named before. */
    private static final java.util.Set<String> THE_PARTY = java.util.Set.of("الميليشيا", "المليشيا", "الميليشيات", "المليشيات",
            "الجماعه", "التنظيم");

    EventType eventType(SentenceFacts f, Segment seg, ActorMention perpetrator, Context ctx) {
        // the kind of attack named closest to the tolls ("قصف" alone: an airstrike when the attacker only flies)
        Match<Cue> closest = null;
        int closestDistance = Integer.MAX_VALUE;
        for (Match<Cue> c : f.cues(seg.from(), seg.to(), Cue.KINDS)) {
            int d = distance(c.from(), c.to(), seg.countsFrom(), seg.countsTo());
            if (d < closestDistance) {
                closest = c;
                closestDistance = d;
            }
        }
        if (closest != null && closest.value() == Cue.SHELLING && firedFromTheAir(f, seg, closest)) {
            if (ctx.explaining()) ctx.note("event_type", "event.munition-fired-by-aircraft (words.tsv munition) " + lex.rule("cues.tsv", closest), closest.from(), closest.to());
            return EventType.AIRSTRIKE;
        }
        if (closest != null && closest.value() != Cue.BOMBARDMENT) {
            if (ctx.explaining()) ctx.note("event_type", "event.closest-attack-word " + lex.rule("cues.tsv", closest), closest.from(), closest.to());
            return closest.value().eventType();
        }
        if (closest != null && aircraftRightAfter(f, closest)) {
            if (ctx.explaining()) ctx.note("event_type", "event.bombardment-by-aircraft (قصف طائرات) " + lex.rule("cues.tsv", closest), closest.from(), closest.to());
            return EventType.AIRSTRIKE;
        }
        if (closest != null && (ctx.lastEvent == EventType.AIRSTRIKE || f.has(f.from, closest.from(), Cue.AIRSTRIKE))
                && f.tokens.get(closest.from()).hasForm("القصف")) {
            // "قتلوا جراء هذا القصف" after "قصف جوي على الحي" (in the sentence before or earlier in this one):
            // the bombardment told before, from the air
            if (ctx.explaining()) ctx.note("event_type", "event.the-bombardment-told-before (القصف after an airstrike)", closest.from(), closest.to());
            return EventType.AIRSTRIKE;
        }
        if (closest != null) {
            boolean air = perpetrator != null && actors.attacksOnlyFromTheAir(perpetrator.actor());
            // "أن القصف أسفر عن ..." in a report whose attack is a raid (الغارة) and nothing fired from the ground
            // (by no one named, or by a party with aircraft: a Houthi bombardment is no raid)
            boolean raids = !air && ctx.onlyRaids && (perpetrator == null || actors.strikesFromTheAir(perpetrator.actor()));
            if (ctx.explaining()) ctx.note("event_type", "event.bombardment-by-" + (air ? "air-only-party (actor-codes.tsv air) "
                    : raids ? "air-in-a-report-of-raids " : "ground ") + lex.rule("cues.tsv", closest), closest.from(), closest.to());
            air |= raids;
            return air ? EventType.AIRSTRIKE : EventType.SHELLING;
        }
        int back = pointBack(f, seg.from(), seg.to());
        if (back >= 0 || attackJustTold(f, ctx)) {
            if (ctx.explaining()) ctx.note("event_type", back >= 0 ? "event.the-attack-before (words.tsv the-attack)"
                    : "event.the-attack-just-told (the sentence before, with no toll; this one names no attack)", back, back + 1);
            return ctx.lastEvent;
        }
        Match<Cue> named = f.first(seg.from(), seg.to(), Cue.ATTACK);
        if (named != null && oneAttack(f.tokens.get(named.from())) && ctx.lastEvent != null && ctx.lastEvent != EventType.UNKNOWN) {
            // "مجزرة الموصل الجديدة" after "غارات شنتها طائرات التحالف": an attack of no named kind is of the kind told before
            if (ctx.explaining()) ctx.note("event_type", "event.an-attack-of-the-kind-told-before " + lex.rule("cues.tsv", named), named.from(), named.to());
            return ctx.lastEvent;
        }
        Match<Cue> assault = assault(f, seg.from(), seg.to());
        if (assault != null && perpetrator != null && actors.fightsOnTheGround(perpetrator.actor())) {
            // "هاجم مسلحو التنظيم نقطة للجيش": an assault by a party that fights on the ground, no weapon named
            if (ctx.explaining()) ctx.note("event_type", "event.an-assault-by-a-ground-party (actor-codes.tsv ground) " + lex.rule("cues.tsv", assault), assault.from(), assault.to());
            return EventType.CLASH;
        }
        if (perpetrator != null && actors.attacksOnlyFromTheAir(perpetrator.actor())) {
            // "في عدوان أميركي على الحي": a party that attacks only from the air, with no kind of attack named
            ctx.note("event_type", "event.a-party-that-attacks-only-from-the-air (actor-codes.tsv air)", -1, -1);
            return EventType.AIRSTRIKE;
        }
        return EventType.UNKNOWN;
    }

    /** The first assault named in tokens [a, b) (هجوم، هجمات، هاجم; not a massacre, a war or a targeting, which say nothing of how), or null. */
    private static Match<Cue> assault(SentenceFacts f, int a, int b) {
        for (Match<Cue> c : f.cues(a, b, Cue.ATTACK)) {
            String w = f.tokens.get(c.from()).text();
            if (w.contains("هجوم") || w.contains("هجمات") || w.contains("هاجم")) return c;
        }
        return null;
    }

    /** A massacre or an attack, one event (not a war or an offensive: العدوان، الحرب name many). */
    private static boolean oneAttack(org.raqib.text.Token t) {
        String w = t.text();
        return w.contains("مجزر") || w.contains("مجازر") || w.contains("هجوم") || w.contains("استهداف");
    }

    /**
     * "أطلقت طائرات التحالف صاروخين على": a rocket or missile with an aircraft named just before
     * it in the same clause was fired from the air; so was a shelling "from" an aircraft.
     */
    private boolean firedFromTheAir(SentenceFacts f, Segment seg, Match<Cue> munition) {
        // "بقصف صاروخي من طائرة مسيرة": the aircraft it came from, named just after it
        for (Match<Cue> c : f.cues(munition.to(), Math.min(f.to, munition.to() + 4), Cue.KINDS)) {
            if (c.value() == Cue.AIRSTRIKE && f.tokens.get(c.from() - 1).textIs("من")) return true;
        }
        if (!lex.has(f.tokens.get(munition.from()), WordSet.MUNITION)) return false;
        for (Match<Cue> c : f.cues(Math.max(seg.from(), munition.from() - MUNITION_AFTER_AIRCRAFT), munition.from(), Cue.KINDS)) {
            if (c.value() == Cue.AIRSTRIKE) return true;
        }
        return false;
    }

    /** "قصف طائرات العدو": the bombardment's own next word names aircraft. */
    private boolean aircraftRightAfter(SentenceFacts f, Match<Cue> bombardment) {
        // "قصف نفذه الطيران": the aircraft named right after the verb that carried the bombardment out
        int next = bombardment.to() < f.to && lex.has(f.tokens.get(bombardment.to()), WordSet.LAUNCHED) ? bombardment.to() + 1 : bombardment.to();
        for (Match<Cue> c : f.cues(next, Math.min(f.to, next + 1), Cue.KINDS)) {
            if (c.value() == Cue.AIRSTRIKE && c.from() == next) return true;
        }
        // "طائرة مسيرة تابعة لقوات ... قصفت مركزا": the aircraft is the subject of the verb, a few words before it
        Match<Cue> nearest = null;
        for (Match<Cue> c : f.cues(Math.max(f.from, bombardment.from() - SUBJECT_WINDOW), bombardment.from(), Cue.KINDS)) nearest = c;
        return nearest != null && nearest.value() == Cue.AIRSTRIKE;
    }

    /** How far before a verb of bombardment an aircraft may stand as its subject. */
    private static final int SUBJECT_WINDOW = 6;

    /**
     * "تعرض مبنى لغارة إسرائيلية. وبحسب الوزارة، قتل عشرة": the sentence before told of an attack and
     * gave no toll, and this one names no attack (nor a war or a period) of its own.
     */
    private static boolean attackJustTold(SentenceFacts f, Context ctx) {
        return ctx.attackJustTold && !f.has(f.from, f.to, Cue.EVENTS) && !f.has(f.from, f.to, Cue.PERIOD);
    }

    /** After a sentence, remember its attacker and kind of attack for "the attack" later on. */
    void remember(SentenceFacts f, Context ctx, boolean gaveAToll) {
        // a side clause's party ("..., فيما استمر القتال بين ...") attacked nothing told
        ActorMatch best = best(f, f.from, f.mainClauseEnd(), List.of(), null, ctx, -1);
        if (best != null) ctx.lastAttacker = severalAttackers(f) ? null : ctx.mention(best.from(), best.to(), best.code());
        // its party only when named in this very sentence (not a line of a hard-wrapped page: "وأسفر القصف")
        ctx.attackJustTold = !gaveAToll && f.has(f.from, f.to, Cue.EVENTS);
        ctx.attackerJustNamed = ctx.attackJustTold && best != null && ctx.lastAttacker != null;
        Match<Cue> specific = f.first(f.from, f.to, Cue.SPECIFIC);
        // "سمعوا صوت صاروخ" after the raids were told: the raid's rocket, not fire from the ground
        boolean raidsRocket = specific != null && ctx.lastEvent == EventType.AIRSTRIKE && lex.has(f.tokens.get(specific.from()), WordSet.MUNITION);
        if (specific != null && !raidsRocket) ctx.lastEvent = specific.value().eventType();
        if (specific == null && best != null && assault(f, f.from, f.mainClauseEnd()) != null && actors.fightsOnTheGround(best.code())) {
            ctx.lastEvent = EventType.CLASH; // "هاجم مسلحو التنظيم موقعا": "the attack" later is that assault
        }
    }

    private ActorMatch best(SentenceFacts f, int a, int b, List<CountMention> counts, ActorMention source,
                                   Context ctx, int near) {
        List<Match<Cue>> events = f.cues(a, b, Cue.EVENTS);
        ActorMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMatch m : f.actors) {
            if (m.from() < a || m.to() > b || !m.isArmed()) continue;
            int d = Integer.MAX_VALUE;
            for (Match<Cue> e : events) d = Math.min(d, distance(e.from(), e.to(), m.from(), m.to()));
            if (m.from() > f.from && lex.has(f.tokens.get(m.from() - 1), WordSet.KILLING_VERB)) d = 0;
            int next = PartyPositions.pastMarks(f, m.to(), b); // قوات النظام قتلت 108 منهم، "قوات روسية، قتلت 184"
            if (next < b && lex.has(f.tokens.get(next), WordSet.KILLING_VERB)) d = 0;
            // "قوات النظام والميليشيات الإيرانية قتلت 891": the first of two parties joined by و that killed
            if (next + 2 < b && f.tokens.get(next).startsWithConjunction() && (lex.has(f.tokens.get(next + 1), WordSet.KILLING_VERB)
                    || lex.has(f.tokens.get(next + 2), WordSet.KILLING_VERB))) d = 0;
            if (PartyPositions.accused(f, m, lex)) d = 0;
            boolean byTheHands = PartyPositions.byTheHandsOf(f, m, lex);
            if (byTheHands) d = 0; // على يد قوات النظام، على يد عناصر "ب ي د"، على يد مسلحين من الفصائل
            if (m.from() > f.from && launchedBy(f, m) && !events.isEmpty()) d = 0; // شنه التحالف، نفذه اثنان من عناصر التنظيم
            if (OwningUp.claimsIt(f, m, lex)) d = 0;
            // "ضحايا العدوان الإسرائيلي": the party's name is its attack, even where a tally's words cover the attack word
            if (d > MAX_DISTANCE && nameIsItsAttack(f, m)) d = 0;
            if (d > MAX_DISTANCE || d > bestDistance) continue;
            // two parties as close to the harm ("على يد X، و12 على يد Y"): the one nearer the tolls
            if (d == bestDistance && (near < 0 || Math.abs(m.from() - near) >= Math.abs(best.from() - near))) continue;
            if (PartyPositions.speakerNoun(f.tokens.get(m.from()))) continue; // "مصدر في الشرطة" tells of the attack; it did not attack
            // the parties passed over: the speaker or its affiliation, the victims, the fought or controlling, a period's start
            if (source != null && (overlaps(ctx, m, source) || rightAfter(ctx, m, source)) && !OwningUp.claimsIt(f, m, lex)) continue;
            if (insideCount(m, counts) || isControlled(f, m) || !byTheHands && isVictim(f, m) || startsAPeriod(f, m)) continue;
            if (PartyPositions.sideOfAWar(f, m)) continue;
            best = m;
            bestDistance = d;
        }
        return best;
    }

    /**
     * "نفذت قوات الأسد 4 هجمات ... بينما نفذت الطائرات الروسية 7": a sentence that lists the
     * attacks of several parties leaves "the attack" after it with no one attacker.
     */
    private boolean severalAttackers(SentenceFacts f) {
        if (f.actors.size() < 2) return false; // most sentences: one party or none
        String first = null;
        for (ActorMatch m : f.actors) {
            if (!m.isArmed() || isControlled(f, m) || isVictim(f, m)) continue;
            if (m.from() > f.from && f.tokens.get(m.from() - 1).textIs("بين")) return true; // المعارك بين الجيش وقوات ...: two sides
            if (!f.has(Math.max(f.from, m.from() - MAX_DISTANCE), Math.min(f.to, m.to() + MAX_DISTANCE), Cue.EVENTS)) continue;
            if (first == null) first = m.code();
            else if (!first.equals(m.code())) return true;
        }
        return false;
    }

    /** "شنه التحالف"، "نفذه اثنان من عناصر التنظيم": the verb of launching a few words before the party, no other party between. */
    private boolean launchedBy(SentenceFacts f, ActorMatch m) {
        for (int k = m.from() - 1; k >= Math.max(f.from, m.from() - LAUNCHER_GAP); k--) {
            if (lex.has(f.tokens.get(k), WordSet.LAUNCHED)) return true;
            for (ActorMatch other : f.actors) if (other != m && other.from() <= k && k < other.to()) return false;
        }
        return false;
    }

    private static final int LAUNCHER_GAP = 6;

    /**
     * "ووقع الهجوم، الذي تبناه تنظيم داعش، على سوق ...": a party that carried out or owned up to "the
     * attack" after its tolls were told is the attacker of the incidents told before with none named
     * (not of tallies, nor of what the party itself said).
     */
    List<Repeats.Found> ownedUpToLater(List<Repeats.Found> found, SentenceFacts f, Context ctx) {
        int attack = found.isEmpty() ? -1 : pointBack(f, f.from, f.to);
        if (attack < 0) return found;
        ActorMatch owner = null;
        for (ActorMatch m : f.actors) {
            // the party right after the verb, a few words after "the attack" ("الهجوم الدامي، الذي تبناه التنظيم")
            if (m.isArmed() && m.from() > attack && m.from() - attack <= OWNER_GAP
                    && lex.has(f.tokens.get(m.from() - 1), WordSet.LAUNCHED) && !isVictim(f, m)) {
                owner = m;
                break;
            }
        }
        if (owner == null) return found;
        ActorMention who = ctx.mention(owner.from(), owner.to(), owner.code());
        List<Repeats.Found> out = new java.util.ArrayList<>(found.size());
        for (Repeats.Found x : found) {
            Claim c = x.claim();
            boolean fill = c.kind() == Kind.INCIDENT && c.stance() == Stance.ALLEGES
                    && c.perpetrator() == null && (c.source() == null || !c.source().actor().equals(owner.code()));
            if (!fill) {
                out.add(x);
                continue;
            }
            if (x.steps() != null) x.steps().add(new Explanation.Step("perpetrator",
                    "perpetrator.owned-up-to-later (words.tsv the-attack, launched: تبناه، نفذه)", who.text()));
            out.add(new Repeats.Found(new Claim(c.doc(), c.kind(), c.stance(), c.source(), who, c.eventType(),
                    c.date(), c.place(), c.counts(), c.evidence()), x.headline(), x.steps(), x.another()));
        }
        return out;
    }

    /** The adjective "military", which the victim words read as a soldier. */
    private static final java.util.Set<String> MILITARY = java.util.Set.of("العسكري", "العسكريه");

    /** How far after "the attack" the party that owned up to it may be named. */
    private static final int OWNER_GAP = 6;

    /** "العدوان الإسرائيلي"، "القصف الروسي": a party's name that is itself an attack word (cues.tsv). */
    private boolean nameIsItsAttack(SentenceFacts f, ActorMatch m) {
        Match<Cue> own = lex.cues.matchAt(f.tokens, m.from(), m.to());
        return own != null && own.value().isEvent();
    }

    /** "القتال المستمر منذ هجوم حماس": a party in what a period starts from attacked nothing counted here. */
    private boolean startsAPeriod(SentenceFacts f, ActorMatch m) {
        // (not "منذ بدء العدوان الإسرائيلي": a party whose name is its attack wages what the tally counts)
        if (nameIsItsAttack(f, m)) return false;
        for (int k = Math.max(f.from, m.from() - 2); k < m.from(); k++) if (f.tokens.get(k).hasForm("منذ")) return true;
        return false;
    }

    /** Tokens between two ranges; 0 when they touch or overlap. */
    private static int distance(int aFrom, int aTo, int bFrom, int bTo) {
        if (aTo <= bFrom) return bFrom - aTo;
        if (bTo <= aFrom) return aFrom - bTo;
        return 0;
    }

    private static boolean overlaps(Context ctx, ActorMatch m, ActorMention source) {
        if (source.span() == null) return false;
        int s = ctx.text.originalStart(f(ctx, m.from()));
        int e = ctx.text.originalEnd(ctx.tokens.get(m.to() - 1).end());
        return s < source.span().end() && source.span().start() < e;
    }

    private static int f(Context ctx, int token) { return ctx.tokens.get(token).start(); }

    /** "وزارة الصحة بحكومة الوفاق"، "قناة التابعة لـ": the party written onto the speaker's name is whose the speaker is. */
    private boolean rightAfter(Context ctx, ActorMatch m, ActorMention source) {
        if (source.span() == null) return false;
        String first = ctx.tokens.get(m.from()).text(); // بحكومة، لحركة: written onto the name, not "اتهم المرصد قوات النظام"
        if (!(first.startsWith("ب") || first.startsWith("ل")) || first.startsWith("ال")) return false;
        // "قناة المسيرة التابعة للحوثيين": also past the word that says whose it is
        int k = m.from() > 0 && lex.has(ctx.tokens.get(m.from() - 1), WordSet.AFFILIATED) ? m.from() - 1 : m.from();
        int s = ctx.text.originalStart(f(ctx, k));
        return s >= source.span().end() && s - source.span().end() <= 1;
    }

    private static boolean insideCount(ActorMatch m, List<CountMention> counts) {
        for (CountMention c : counts) if (m.from() < c.to() && c.from() < m.to()) return true;
        return false;
    }

    private static boolean isControlled(SentenceFacts f, ActorMatch m) {
        for (Match<Cue> c : f.cues(Math.max(f.from, m.from() - 3), m.from(), Cue.CONTROL)) {
            if (c.to() <= m.from()) return true;
        }
        return false;
    }

    /** Preceded by a noun of people (أفراد، عناصر، جنود): the party's own members are counted. */
    private boolean isVictim(SentenceFacts f, ActorMatch m) {
        // "قوات النظام السوري والقوات الروسية": a party joined by و is not a noun's complement
        if (m.from() == f.from || f.tokens.get(m.from()).startsWithConjunction()) return false;
        // "مقتل شرطي"، "إصابة جندي": the party the harm noun befell
        if (TokenRuns.harmNoun(f.tokens.get(m.from() - 1))) return true;
        if (PartyPositions.targetOfTheAttack(f, m)) return true;
        // "عمليات التحالف ضد تنظيم الدولة"، "الهجمات على داعش": the party attacks are against
        Token prev = f.tokens.get(m.from() - 1);
        if (prev.hasForm("ضد") || prev.textIs("علي") && f.first(Math.max(f.from, m.from() - 3), m.from() - 1, Cue.EVENTS) != null) return true;
        var v = lex.victims.matchAt(f.tokens, m.from() - 1, m.from());
        // "هجمات شنها عناصر التنظيم": members right after the verb of the attack are its doers
        if (v != null && m.from() - 2 >= f.from && lex.has(f.tokens.get(m.from() - 2), WordSet.LAUNCHED)) return false;
        // "الهجوم العسكري الإسرائيلي": an adjective of the attack, no soldier
        // (not "استهداف العناصر الحوثية" nor "استهداف الجندي الإسرائيلي": those are the targets)
        if (v != null && m.from() - 2 >= f.from && MILITARY.contains(f.tokens.get(m.from() - 1).text())
                && f.first(m.from() - 2, m.from() - 1, Cue.EVENTS) != null) return false;
        // "ضابط في الجيش العراقي"، "عناصر من الحشد": a member of the party, by في or من
        String between = f.tokens.get(m.from() - 1).text();
        if (v == null && m.from() - 2 >= f.from && (between.equals("في") || between.equals("من"))) {
            v = lex.victims.matchAt(f.tokens, m.from() - 2, m.from() - 1);
            // "مسلحون من التنظيم هاجموا"، "هاجم مسلحون من التنظيم": members who attack, the subject of the assault
            if (v != null && (f.first(m.to(), m.to() + 1, Cue.EVENTS) != null
                    || (m.from() - 3 >= f.from && f.tokens.get(m.from() - 3).text().contains("هاجم")))) return false;
            // "أصيب ثلاثة من عناصر الشرطة": a number of the party's members
            if (v == null && numbers.parse(f.tokens, m.from() - 2, m.from() - 1) != null) return true;
        }
        return v != null && (v.value().group() == Lexicons.Group.COMBATANT || v.value().group() == Lexicons.Group.PERSON);
    }

    /**
     * Whether a stretch is about the attack told before: it names it (الهجوم، القصف) or the
     * sentence goes on with the same statement (وأضاف البيان أن ...، وتابع المصدر).
     */
    boolean pointsBackToAttack(SentenceFacts f, int a, int b) { return pointBack(f, a, b) >= 0; }

    /** The token that points back to the attack told before, or -1. */
    private int pointBack(SentenceFacts f, int a, int b) {
        if (a == f.from && lex.has(f.tokens.get(a), WordSet.STATEMENT_GOES_ON)) return a;
        if (!lex.mayHave(f, WordSet.THE_ATTACK)) return -1;
        for (int k = a; k < b; k++) if (lex.has(f.tokens.get(k), WordSet.THE_ATTACK)) return k;
        return -1;
    }
}
