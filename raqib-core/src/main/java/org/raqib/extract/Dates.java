package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.DateRange;
import org.raqib.model.Kind;
import org.raqib.model.Span;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.resolve.DateMention;
import org.raqib.text.PhraseMatcher.Match;

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
            if (isStatementDay(f, m)) d += 10_000;
            if (d < bestScore) {
                best = m;
                bestScore = d;
            }
        }
        if (best == null) {
            boolean sameAttack = kind == Kind.INCIDENT && attackers.pointsBackToAttack(f, seg.from(), seg.to());
            if (sameAttack && ctx.lastDate != null) ctx.note("date", "date.the-attack-before (words.tsv the-attack)", -1, -1);
            return sameAttack ? ctx.lastDate : null;
        }
        if (ctx.explaining()) ctx.note("date", bestScore >= 10_000 ? "date.statement-day (the only date named)"
                : kind == Kind.AGGREGATE && best.since() ? "date.period-of-tally" : "date.closest-to-toll", best.from(), best.to());
        Span span = ctx.span(best.from(), best.to());
        return new DateRange(span.text(), best.start(), best.end(), span);
    }

    /** After a sentence, remember its first date for "the attack" or "the toll" later on. */
    void remember(SentenceFacts f, Context ctx) {
        List<DateMention> found = f.dates(f.from, f.to, ctx);
        if (!found.isEmpty() && !found.getFirst().since()) {
            DateMention m = found.getFirst();
            Span span = ctx.span(m.from(), m.to());
            ctx.lastDate = new DateRange(span.text(), m.start(), m.end(), span);
        }
    }

    /** A day right after the speaker or the speech verb is when the statement was made. */
    private static boolean isStatementDay(SentenceFacts f, DateMention m) {
        if (m.since()) return false;
        int k = m.from();
        while (k > f.from && f.tokens.get(k - 1).is(',')) k--;
        for (Match<Lexicons.Speech> v : f.attributions) {
            if (v.to() == k) return true;
            for (ActorMatch a : f.actors) {
                boolean speaker = a.from() >= v.to() && a.from() <= v.to() + 1;
                if (speaker && (a.to() == k || a.to() == k - 1)) return true;
            }
        }
        return false;
    }
}
