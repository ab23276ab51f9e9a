package org.raqib.extract;

import java.util.List;
import java.util.Set;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.ActorMention;
import org.raqib.model.EventType;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.text.PhraseMatcher.Match;

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
    private static final Set<String> AIR_ONLY = Set.of("COALITION", "USA", "RUSSIA", "SAUDI_COALITION");
    private static final Set<String> ANAPHORIC_ATTACK = Lexicons.normalized("الهجوم", "الهجمات", "الغارة", "الغارات",
            "القصف", "الضربة", "الضربات", "التفجير", "الانفجار", "الاستهداف", "الحادث", "الاعتداء", "الحصيلة");
    /** Verbs that open a sentence going on with the statement before it. */
    private static final Set<String> STATEMENT_GOES_ON = Lexicons.normalized("وأضاف", "وأضافت", "وتابع", "وتابعت",
            "وأردف", "وأردفت", "أضاف", "أضافت");
    /** Killing verbs whose subject is the killer: "قتل النظام منهم 44 مدنيا". */
    private static final Set<String> KILLING_VERBS = Lexicons.normalized("قتل", "قتلت", "يقتل", "تقتل", "قتلوا");
    /** A party said to be responsible: "قوات النظام مسؤولة عن مقتل 193 منهم"، "حمّلت الوزارة قوات حفتر المسؤولية". */
    private static final Set<String> RESPONSIBLE = Lexicons.normalized("مسؤول", "مسؤولة", "مسؤولون", "مسؤولين",
            "المسؤول", "المسؤولة", "المسؤولية", "مسؤولية");
    /** Accusing a party: "متهمة قوات حفتر بالوقوف وراءه"، "واتهمت الوزارة التحالف" ("حمّلت X المسؤولية" is RESPONSIBLE's). */
    private static final Set<String> ACCUSING = Lexicons.normalized("متهما", "متهمة", "متهمين", "اتهم", "اتهمت",
            "اتهموا", "تتهم", "يتهم");
    private static final String[] EVENTS = {"airstrike", "shelling", "explosion", "clash", "bombardment", "attack"};
    private static final String[] SPECIFIC = {"airstrike", "shelling", "explosion", "clash"};
    private static final String[] KINDS = {"airstrike", "shelling", "explosion", "clash", "bombardment"};

    private Attackers() {}

    static ActorMention perpetrator(SentenceFacts f, Segment seg, List<CountMention> counts, ActorMention source,
                                    Context ctx) {
        ActorMatch best = best(f, seg.from(), seg.to(), counts, source, ctx);
        if (best != null) return ctx.mention(best.from(), best.to(), best.code());
        if (pointsBackToAttack(f, seg.from(), seg.to())) return ctx.lastAttacker;
        return null;
    }

    static EventType eventType(SentenceFacts f, Segment seg, ActorMention perpetrator, Context ctx) {
        // the kind of attack named closest to the tolls ("قصف" alone: an airstrike when the attacker only flies)
        Match<String> closest = null;
        int closestDistance = Integer.MAX_VALUE;
        for (Match<String> c : f.cues(seg.from(), seg.to(), KINDS)) {
            int d = distance(c.from(), c.to(), seg.countsFrom(), seg.countsTo());
            if (d < closestDistance) {
                closest = c;
                closestDistance = d;
            }
        }
        if (closest != null && !closest.value().equals("bombardment")) return EventType.fromCode(closest.value());
        if (closest != null) {
            return perpetrator != null && AIR_ONLY.contains(perpetrator.actor()) ? EventType.AIRSTRIKE : EventType.SHELLING;
        }
        if (pointsBackToAttack(f, seg.from(), seg.to())) return ctx.lastEvent;
        return EventType.UNKNOWN;
    }

    /** After a sentence, remember its attacker and kind of attack for "the attack" later on. */
    static void remember(SentenceFacts f, Context ctx) {
        ActorMatch best = best(f, f.from, f.to, List.of(), null, ctx);
        if (best != null) ctx.lastAttacker = ctx.mention(best.from(), best.to(), best.code());
        List<Match<String>> specific = f.cues(f.from, f.to, SPECIFIC);
        if (!specific.isEmpty()) ctx.lastEvent = EventType.fromCode(specific.getFirst().value());
    }

    private static ActorMatch best(SentenceFacts f, int a, int b, List<CountMention> counts, ActorMention source,
                                   Context ctx) {
        List<Match<String>> events = f.cues(a, b, EVENTS);
        ActorMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMatch m : f.actors) {
            if (m.from() < a || m.to() > b || !m.isArmed()) continue;
            if (source != null && overlaps(ctx, m, source)) continue;
            if (insideCount(m, counts) || isControlled(f, m) || isVictim(f, m)) continue;
            int d = Integer.MAX_VALUE;
            for (Match<String> e : events) d = Math.min(d, distance(e.from(), e.to(), m.from(), m.to()));
            if (m.from() > f.from && f.tokens.get(m.from() - 1).hasAnyForm(KILLING_VERBS)) d = 0;
            if (m.to() < b && f.tokens.get(m.to()).hasAnyForm(KILLING_VERBS)) d = 0; // قوات النظام قتلت 108 منهم
            if (m.from() > f.from && f.tokens.get(m.from() - 1).hasAnyForm(ACCUSING)) d = 0;
            if (m.to() < b && f.tokens.get(m.to()).hasAnyForm(RESPONSIBLE)) d = 0;
            if (d <= MAX_DISTANCE && d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
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

    private static boolean insideCount(ActorMatch m, List<CountMention> counts) {
        for (CountMention c : counts) if (m.from() < c.to() && c.from() < m.to()) return true;
        return false;
    }

    private static boolean isControlled(SentenceFacts f, ActorMatch m) {
        for (Match<String> c : f.cues(Math.max(f.from, m.from() - 3), m.from(), "control")) {
            if (c.to() <= m.from()) return true;
        }
        return false;
    }

    /** Preceded by a noun of people (أفراد، عناصر، جنود): the party's own members are counted. */
    private static boolean isVictim(SentenceFacts f, ActorMatch m) {
        // "قوات النظام السوري والقوات الروسية": a party joined by و is not a noun's complement
        if (m.from() == f.from || f.tokens.get(m.from()).startsWithConjunction()) return false;
        var v = Lexicons.VICTIMS.matchAt(f.tokens, m.from() - 1, m.from());
        return v != null && (v.value().group() == Lexicons.Group.COMBATANT || v.value().group() == Lexicons.Group.PERSON);
    }

    /**
     * Whether a stretch is about the attack told before: it names it (الهجوم، القصف) or the
     * sentence goes on with the same statement (وأضاف البيان أن ...، وتابع المصدر).
     */
    static boolean pointsBackToAttack(SentenceFacts f, int a, int b) {
        if (a == f.from && Lexicons.anyForm(f.tokens.get(a), STATEMENT_GOES_ON)) return true;
        for (int k = a; k < b; k++) if (Lexicons.anyForm(f.tokens.get(k), ANAPHORIC_ATTACK)) return true;
        return false;
    }
}
