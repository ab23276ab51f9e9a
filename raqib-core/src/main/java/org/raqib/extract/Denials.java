package org.raqib.extract;

import java.util.List;
import java.util.Map;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Span;
import org.raqib.model.Stance;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Sentence;

/**
 * A denial with no number ("نفى التحالف سقوط ضحايا مدنيين"): the contract records it as
 * the denied category with best 0, said by the denying party. A denial of the attack itself
 * ("نفى أن تكون طائراته قصفت المكان") is a denial with no figure.
 */
final class Denials {
    private static final int WINDOW = 10;

    private Denials() {}

    static Claim find(Document doc, Sentence s, SentenceFacts f, Context ctx) {
        for (Match<String> d : f.cues(f.from, f.to, "denial")) {
            Category category = null;
            int victimFrom = -1, victimTo = -1;
            // "سقوط ضحايا مدنيين": civilians are denied when named, else the dead or wounded
            for (int k = d.to(); k < Math.min(f.to, d.to() + WINDOW); k++) {
                var v = Lexicons.VICTIMS.matchAt(f.tokens, k, f.to);
                if (v == null) continue;
                if (v.value().group() == Lexicons.Group.CIVILIAN) {
                    category = Category.CIVILIANS_KILLED;
                    if (victimFrom < 0) victimFrom = k;
                    victimTo = v.to();
                    break;
                }
                if (v.value().group() == Lexicons.Group.DEAD && category == null) {
                    category = v.value().harm() == Lexicons.Harm.INJURED ? Category.INJURED : Category.KILLED;
                    victimFrom = k;
                    victimTo = v.to();
                }
            }
            Match<String> attack = category == null ? attackDenied(f, d) : null;
            if (category == null && attack == null) continue;
            if (category == null) { // "denied that its aircraft struck the hall": the attack itself, no figure
                victimFrom = attack.from();
                victimTo = attack.to();
            }
            ActorMatch speaker = null;
            for (ActorMatch a : f.actors) {
                boolean near = (a.to() <= d.from() && a.to() > d.from() - 4) || (a.from() >= d.to() && a.from() < d.to() + 4);
                if (near && !a.pointsBack()) {
                    speaker = a;
                    if (a.from() >= d.to()) break;
                }
            }
            Segment seg = new Segment(f.from, f.to, victimFrom, victimTo, true);
            // the party next to the denial, else the sentence's speaker ("قالت الوزارة ...، نافية ..."), else the last one
            ActorMention source = speaker == null ? Attribution.find(f, seg, ctx).source()
                    : ctx.mention(speaker.from(), speaker.to(), speaker.code());
            if (source == null) source = ctx.lastSource;
            ActorMention perpetrator = Attackers.perpetrator(f, seg, List.of(), source, ctx);
            // an armed party that denies denies its own part: it is the accused, whoever else the sentence names
            if (source != null && org.raqib.resolve.ActorDictionary.isArmed(source.actor())) {
                perpetrator = source;
            }
            EventType event = Attackers.eventType(f, seg, perpetrator, ctx);
            Span words = ctx.span(victimFrom, victimTo);
            Map<Category, Count> counts = category == null ? Map.of() : Map.of(category, new Count(0L, 0L, 0L, words.text(), words));
            return new Claim(doc.id(), Kind.INCIDENT, Stance.DENIES, source, perpetrator, event,
                    Dates.of(f, seg, Kind.INCIDENT, ctx), Places.of(f, seg, Kind.INCIDENT, ctx),
                    counts, ctx.span(s.from(), s.to()));
        }
        return null;
    }

    /** The attack words just after a denial ("نفت ... أن تكون طائراتها قصفت", "لم تجر عمليات جوية"), or null. */
    private static Match<String> attackDenied(SentenceFacts f, Match<String> denial) {
        int end = Math.min(f.to, denial.to() + WINDOW);
        for (Match<String> c : f.cues) {
            if (c.from() >= denial.to() && c.from() < end && SentenceFacts.isEvent(c.value())) return c;
        }
        return null;
    }
}
