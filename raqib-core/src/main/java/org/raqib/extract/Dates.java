package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.ActorMention;
import org.raqib.model.Claim;
import org.raqib.model.DateRange;
import org.raqib.model.Kind;
import org.raqib.model.Span;
import org.raqib.rules.WordSet;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.resolve.DateMention;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * The date of a claim's own event: of the dates in its part of the sentence, the one
 * closest to its tolls, passing over the day a statement was made ("أفاد المرصد، اليوم
 * السبت، إن ... يوم أمس") unless it is the only one; a tally prefers its period (منذ ...،
 * خلال الأشهر الماضية).
 */
final class Dates {
    private final Attackers attackers;

    Dates(Attackers attackers) { this.attackers = attackers; }

    DateRange of(SentenceFacts f, Segment seg, Kind kind, Context ctx) {
        List<DateMention> found = f.dates(seg.from(), seg.to(), ctx);
        DateMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DateMention m : found) {
            int d = m.to() <= seg.countsFrom() ? seg.countsFrom() - m.to() : Math.max(0, m.from() - seg.countsTo());
            if (kind == Kind.AGGREGATE && !m.since()) d += 1000; // a tally's period beats a day named inside it
            // the day a statement was made is the event's only when the sentence names no other
            // ("أعلنت الشرطة اليوم مقتل ثلاثة بانفجار": the blast was that day or not dated at all)
            if (isStatementDay(f, m, ctx)) d += 10_000;
            if (d < bestScore) {
                best = m;
                bestScore = d;
            }
        }
        if (best == null) {
            boolean sameAttack = kind == Kind.INCIDENT && attackers.pointsBackToAttack(f, seg.from(), seg.to()) && !comparesWithEarlier(f);
            if (sameAttack && ctx.lastDate != null) ctx.note("date", "date.the-attack-before (words.tsv the-attack)", -1, -1);
            return sameAttack ? ctx.lastDate : null;
        }
        if (ctx.explaining()) ctx.note("date", bestScore >= 10_000 ? "date.statement-day (the only date named)"
                : kind == Kind.AGGREGATE && best.since() ? "date.period-of-tally" : "date.closest-to-toll", best.from(), best.to());
        Span span = ctx.span(best.from(), best.to());
        DateRange date = new DateRange(span.text(), best.start(), best.end(), span);
        if (bestScore >= 10_000) ctx.statementDays.add(date);
        if (kind == Kind.AGGREGATE && best.since()) ctx.periodDays.add(date);
        return date;
    }

    /**
     * The day of the claim before, for an incident told after it with no day of its own: a
     * report's lead gives the day, and the raids it details after it are of that day ("وأفادت
     * الوزارة بمقتل 6 في غارة على بلدة ..."), unless the sentence tells of what had happened
     * before (وكان ... قد، وسبق أن) or compares it with earlier ones. A day that was only when a statement was made goes on only
     * with the same speaker ("وأضاف المصدر أن الطائرات ذاتها قصفت قرية ..."). Null otherwise.
     */
    static DateRange theDayTold(Claim before, ActorMention source, SentenceFacts f, Context ctx) {
        if (before == null && ctx.leadDay != null && f.has(f.from, f.to, Cue.EVENTS) && !pluperfect(f) && !comparesWithEarlier(f)) {
            // "استشهد وأصيب 21 في غارات السبت 16 يناير ..." (no toll of its own): the raids it goes on to detail are that day's
            ctx.note("date", "date.the-lead's-day (an attack told with its day before any toll)", -1, -1);
            return ctx.leadDay;
        }
        if (before == null || before.date() == null || before.date().from() == null) return null;
        boolean sameSpeaker = source != null && before.source() != null && source.actor().equals(before.source().actor());
        if (!before.date().from().equals(before.date().to())) return null; // a tally's period is no day
        if (!sameSpeaker && ctx.statementDays.contains(before.date())) return null;
        // a tally over the last day is not a raid's day (but "قتل 24، الاثنين، بغارات ..." names the raids' day)
        if (!sameSpeaker && before.kind() == Kind.AGGREGATE && ctx.periodDays.contains(before.date())) return null;
        if (pluperfect(f) || comparesWithEarlier(f)) return null;
        ctx.note("date", "date.the-day-told-before (the day of the claim before)", -1, -1);
        return before.date();
    }

    /** "وكان ... قد"، "وسبق أن": what had happened before. */
    private static boolean pluperfect(SentenceFacts f) {
        Token first = f.tokens.get(f.from);
        return first.hasForm("كان") || first.hasForm("كانت") || first.hasForm("سبق");
    }

    /** Whether a sentence compares the attack with earlier ones ("وتعد هذه الثانية من نوعها، بعد غارة قتلت ..."). */
    private static boolean comparesWithEarlier(SentenceFacts f) {
        for (int k = f.from; k < f.to; k++) if (f.tokens.get(k).hasForm("نوعها") || f.tokens.get(k).hasForm("نوعه")) return true;
        return false;
    }

    /**
     * After a sentence, remember its first date for "the attack" or "the toll" later on; and,
     * before any toll was told, the day of an attack the sentence names (the lead's day).
     */
    void remember(SentenceFacts f, Context ctx) {
        List<DateMention> found = f.dates(f.from, f.to, ctx);
        if (ctx.lastClaim == null && ctx.leadDay == null && f.has(f.from, f.to, Cue.EVENTS)) {
            // the day the statement was made counts when it is the only day, as for a claim ("قالت مصادر، اليوم الخميس،
            // إن 15 مدنيا قتلوا وجرحوا بقصف": a lead with no toll of its own still dates the raids it goes on to detail)
            boolean onlyStatementDays = true;
            for (DateMention m : found) onlyStatementDays &= isStatementDay(f, m, ctx);
            for (DateMention m : found) {
                if (m.since() || m.start() == null || !m.start().equals(m.end()) || !onlyStatementDays && isStatementDay(f, m, ctx)) continue;
                Span span = ctx.span(m.from(), m.to());
                ctx.leadDay = new DateRange(span.text(), m.start(), m.end(), span);
                break;
            }
        }
        if (!found.isEmpty() && !found.getFirst().since()) {
            DateMention m = found.getFirst();
            Span span = ctx.span(m.from(), m.to());
            ctx.lastDate = new DateRange(span.text(), m.start(), m.end(), span);
        }
    }

    /** Whether a part of a sentence names a day other than the day a statement was made. */
    boolean namesTheEventsDay(SentenceFacts f, Segment seg, Context ctx) {
        for (DateMention m : f.dates(seg.from(), seg.to(), ctx)) if (!isStatementDay(f, m, ctx)) return true;
        return false;
    }

    /**
     * A day right after the speaker or the speech verb is when the statement was made; so is a
     * day right before what is said (إن، أن), and a day after the body that issued a report ("وفق تقرير أصدرته المنظمة، الخميس 3 آذار"),
     * a speaker named within three words of the verb and before what is said (أن، فقد).
     */
    private static boolean isStatementDay(SentenceFacts f, DateMention m, Context ctx) {
        if (m.since()) return false;
        int k = m.from();
        if (k > f.from && ctx.rules.dates.isWeekday(f.tokens.get(k - 1))) k--; // "الإثنين 1 أيلول"
        while (k > f.from && f.tokens.get(k - 1).is(',')) k--;
        int next = m.to();
        while (next < f.to && (f.tokens.get(next).is(',') || f.tokens.get(next).is('،'))) next++;
        // "وذكرت في بيان على موقعها، الخميس، أن ...": the day right before what is said
        boolean opensStatement = next < f.to && ctx.rules.lexicons.has(f.tokens.get(next), WordSet.STATEMENT_OPENS);
        for (Match<Lexicons.Speech> v : f.attributions) {
            if (v.to() == k || opensStatement && v.to() <= k) return true;
            for (ActorMatch a : f.actors) {
                boolean speaker = a.from() >= v.to() && a.from() <= v.to() + 3
                        && !ctx.rules.lexicons.anyIn(f.tokens, v.to(), a.from(), WordSet.STATEMENT_OPENS);
                if (speaker && (a.to() == k || a.to() == k - 1)) return true;
            }
        }
        return false;
    }
}
