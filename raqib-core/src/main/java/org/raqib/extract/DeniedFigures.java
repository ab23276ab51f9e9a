package org.raqib.extract;

import java.util.EnumMap;
import java.util.Map;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Span;
import org.raqib.model.Stance;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.text.PhraseMatcher.Match;

/**
 * A denial in a sentence that states the figure it denies ("نفى التحالف تقريرا بثته سانا عن
 * مقتل 12 مدنيا"، "قالت سانا إن 12 مدنيا قتلوا ...، لكن التحالف نفى ذلك"). The figure is the
 * allegation of whoever reported it, never the denier's; the denial is a claim of its own that
 * records the denied category with best 0 (the contract), said by the denier. The party that
 * denies an attack is the one the allegation accuses, unless the sentence names another.
 */
final class DeniedFigures {
    /** How near the denial cue the denying party is named (نفى التحالف، قال التحالف نافيا). */
    private static final int NEAR = 4;

    private DeniedFigures() {}

    /** The party next to the denial cue, else the sentence's speaker, else null. */
    static ActorMention denier(SentenceFacts f, Match<Cue> denial, ActorMention speaker, Context ctx) {
        ActorMatch near = null;
        for (ActorMatch a : f.actors) {
            boolean before = a.to() <= denial.from() && a.to() > denial.from() - NEAR;
            boolean after = a.from() >= denial.to() && a.from() < denial.to() + NEAR;
            if ((before || after) && !a.pointsBack()) {
                near = a;
                if (after) break; // نفى التحالف: the subject after the verb
            }
        }
        if (near != null) {
            ctx.note("source", "source.denying-party " + near.rule(), near.from(), near.to());
            return ctx.mention(near.from(), near.to(), near.code());
        }
        return speaker;
    }

    /** Who reported the denied figure: a party named between the denial and the figures that is not the denier, or null. */
    static ActorMention reporter(SentenceFacts f, Match<Cue> denial, Segment seg, String denier, Context ctx) {
        for (ActorMatch a : f.actors) {
            if (a.from() >= denial.to() && a.to() <= seg.countsFrom() && !a.code().equals(denier) && !a.pointsBack()) {
                ctx.note("source", "source.reporter-of-the-denied-figure " + a.rule(), a.from(), a.to());
                return ctx.mention(a.from(), a.to(), a.code());
            }
        }
        ctx.note("source", "source.none (the denied figure's reporter is not named)", -1, -1);
        return null;
    }

    /** The denial of an allegation: its main category at 0, by the denier, about the same attack. */
    static Claim denial(Claim allegation, ActorMention denier, ActorMention accused, Match<Cue> cue, Context ctx) {
        Category denied = allegation.counts().containsKey(Category.CIVILIANS_KILLED) ? Category.CIVILIANS_KILLED
                : allegation.counts().containsKey(Category.KILLED) ? Category.KILLED
                : allegation.counts().keySet().iterator().next();
        Span words = ctx.span(cue.from(), cue.to());
        Map<Category, Count> none = new EnumMap<>(Category.class);
        none.put(denied, new Count(0L, 0L, 0L, words.text(), words));
        return new Claim(allegation.doc(), allegation.kind(), Stance.DENIES, denier, accused, allegation.eventType(),
                allegation.date(), allegation.place(), none, allegation.evidence());
    }
}
