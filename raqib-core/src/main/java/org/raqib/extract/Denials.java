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
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Sentence;

/**
 * A denial with no number ("نفى التحالف سقوط ضحايا مدنيين"): the contract records it as
 * the denied category with best 0, said by the denying party. A denial of the attack itself
 * ("نفى أن تكون طائراته قصفت المكان") is a denial with no figure. A denial of a figure the
 * sentence states makes that figure the reporter's allegation and adds the denier's claim of none.
 */
final class Denials {
    private static final int WINDOW = 10;
    /** How near the denial cue the denying party is named (نفى التحالف، قال التحالف نافيا). */
    private static final int NEAR = 4;
    private final Lexicons lex;
    private final org.raqib.resolve.ActorDictionary actors;
    private final Attribution attribution;
    private final Attackers attackers;
    private final Dates dates;
    private final Places places;

    Denials(RuleSet rules, Attribution attribution, Attackers attackers, Dates dates, Places places) {
        this.lex = rules.lexicons;
        this.actors = rules.actors;
        this.attribution = attribution;
        this.attackers = attackers;
        this.dates = dates;
        this.places = places;
    }

    Claim find(Document doc, Sentence s, SentenceFacts f, Context ctx) {
        for (Match<Cue> d : f.cues(f.from, f.to, Cue.DENIAL)) {
            Category category = null;
            int victimFrom = -1, victimTo = -1;
            // "سقوط ضحايا مدنيين": civilians are denied when named, else the dead or wounded
            for (int k = d.to(); k < Math.min(f.to, d.to() + WINDOW); k++) {
                var v = lex.victims.matchAt(f.tokens, k, f.to);
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
            // "ينفي التحالف صلته بهجوم قيل إنه قتل مدنيين": the attack is denied, the dead are its description
            Match<Cue> attackFirst = category == null ? null : attackBefore(f, d, victimFrom);
            // "نفى استهداف مدنيين": an attack whose object is the civilians denies harm to them, not the attack
            if (attackFirst != null && category == Category.CIVILIANS_KILLED && targetsCivilians(lex, f, attackFirst) > 0) attackFirst = null;
            if (attackFirst != null) category = null;
            Match<Cue> attack = category == null ? (attackFirst != null ? attackFirst : attackDenied(f, d)) : null;
            if (category == null && attack == null) attack = attackBeforeRelative(f, d);
            if (category == null && attack == null) continue;
            if (category == null) { // "denied that its aircraft struck the hall": the attack itself, no figure
                if (ctx.explaining()) ctx.note("stance", "stance.denial-of-the-attack " + lex.rule("cues.tsv", d), d.from(), attack.to());
                victimFrom = attack.from();
                victimTo = attack.to();
            } else {
                if (ctx.explaining()) ctx.note("stance", "stance.denial-without-figure " + lex.rule("cues.tsv", d), d.from(), d.to());
                ctx.note(category.field(), "count.denied-is-zero", victimFrom, victimTo);
            }
            ActorMatch speaker = partyAt(f, d);
            Segment seg = new Segment(f.from, f.to, victimFrom, victimTo, true);
            // the party next to the denial, else the sentence's speaker ("قالت الوزارة ...، نافية ..."), else the last one
            if (speaker != null && ctx.explaining()) ctx.note("source", "source.denying-party " + speaker.rule(), speaker.from(), speaker.to());
            ActorMention source = speaker == null ? attribution.find(f, seg, ctx).source()
                    : ctx.mention(speaker.from(), speaker.to(), speaker.code());
            if (source == null) source = ctx.lastSource;
            ActorMention perpetrator = attackers.perpetrator(f, seg, List.of(), source, ctx);
            // an armed party that denies denies its own part: it is the accused, whoever else the sentence names
            if (source != null && (speaker != null ? speaker.isArmed() : actors.isArmed(source.actor()))) { // قوات الدعم السريع: OTHER, armed
                ctx.note("perpetrator", "perpetrator.the-armed-party-denying", -1, -1);
                perpetrator = source;
            }
            EventType event = attackers.eventType(f, seg, perpetrator, ctx);
            Span words = ctx.span(victimFrom, victimTo);
            Map<Category, Count> counts = category == null ? Map.of() : Map.of(category, new Count(0L, 0L, 0L, words.text(), words));
            return new Claim(doc.id(), Kind.INCIDENT, Stance.DENIES, source, perpetrator, event,
                    dates.of(f, seg, Kind.INCIDENT, ctx), places.of(f, seg, Kind.INCIDENT, ctx),
                    counts, ctx.span(s.from(), s.to()));
        }
        return null;
    }

    /** The party named next to a denial cue (قال التحالف نافيا، نفى التحالف: the subject after the verb wins), or null. */
    static ActorMatch partyAt(SentenceFacts f, Match<Cue> denial) {
        ActorMatch party = null;
        // "قال الجيش ...، نافيا ما أورده المرصد": the participle's subject is before it; who comes after is denied
        String cue = f.tokens.get(denial.from()).text();
        boolean participle = cue.equals("نافيا") || cue.equals("نافيه");
        for (ActorMatch a : f.actors) {
            boolean before = a.to() <= denial.from() && a.to() > denial.from() - NEAR;
            boolean after = !participle && a.from() >= denial.to() && a.from() < denial.to() + NEAR;
            if ((before || after) && !a.pointsBack()) {
                party = a;
                if (after) break;
            }
        }
        return party;
    }

    /*
     * A denial in a sentence that states the figure it denies ("نفى التحالف تقريرا بثته سانا عن
     * مقتل 12 مدنيا"، "قالت سانا إن 12 مدنيا قتلوا ...، لكن التحالف نفى ذلك"). The figure is the
     * allegation of whoever reported it, never the denier's; the denial is a claim of its own that
     * records the denied category with best 0, said by the denier. ClaimExtractor builds the
     * allegation with the three methods below.
     */

    /** The party next to the denial cue, else the sentence's speaker, else null. */
    static ActorMention denier(SentenceFacts f, Match<Cue> denial, ActorMention speaker, Context ctx) {
        ActorMatch near = partyAt(f, denial);
        if (near == null) return speaker;
        ctx.note("source", "source.denying-party " + near.rule(), near.from(), near.to());
        return ctx.mention(near.from(), near.to(), near.code());
    }

    /** Who reported the denied figure: a party named between the denial and the figures that is not the denier, or null. */
    static ActorMention reporter(SentenceFacts f, Match<Cue> denial, Segment seg, String denier, Context ctx) {
        for (ActorMatch a : f.actors) {
            if (a.from() >= denial.to() && a.to() <= seg.countsFrom() && !a.code().equals(denier) && !a.pointsBack()) {
                ctx.note("source", "source.reporter-of-the-denied-figure " + a.rule(), a.from(), a.to());
                return ctx.mention(a.from(), a.to(), a.code());
            }
        }
        // "...، الذي أدى إلى مقتل 23 مدنيا، وفق ما أورد المرصد": credited after the figures
        for (Match<Lexicons.Speech> via : f.attributions) {
            if (via.value() != Lexicons.Speech.VIA || via.from() < seg.countsTo() || via.from() >= seg.to()) continue;
            for (ActorMatch a : f.actors) {
                if (a.from() >= via.to() && a.from() <= via.to() + 2 && !a.code().equals(denier) && !a.pointsBack()) {
                    ctx.note("source", "source.reporter-of-the-denied-figure, credited after it " + a.rule(), via.from(), a.to());
                    return ctx.mention(a.from(), a.to(), a.code());
                }
            }
        }
        ctx.note("source", "source.none (the denied figure's reporter is not named)", -1, -1);
        return null;
    }

    /**
     * The denial of an allegation, by the denier, about the same attack: its main category at 0,
     * or no figure when what is denied is the attack itself, named before the figures ("نفت قوات
     * التحالف قصف منزل بعدما أفاد مسؤول بمقتل سبعة مدنيين").
     */
    static Claim denialOf(Claim allegation, ActorMention denier, ActorMention accused, Match<Cue> cue, SentenceFacts f,
                          Segment seg, Context ctx) {
        Match<Cue> attack = attackBefore(f, cue, seg.countsFrom());
        int civilians = attack == null ? -1 : targetsCivilians(ctx.rules.lexicons, f, attack);
        if (civilians > 0) { // "نفت ... استهداف مدنيين في غارتها التي قتلت أربعة مسلحين": none of the dead were civilians
            ctx.note("stance", "stance.denial-of-harm-to-civilians (the attack's object is civilians)", attack.from(), civilians);
            Span words = ctx.span(attack.from(), civilians);
            return new Claim(allegation.doc(), allegation.kind(), Stance.DENIES, denier, accused, allegation.eventType(),
                    allegation.date(), allegation.place(), Map.of(Category.CIVILIANS_KILLED, new Count(0L, 0L, 0L, words.text(), words)),
                    allegation.evidence());
        }
        if (attack != null) {
            ctx.note("stance", "stance.denial-of-the-attack (named before the figures: no figure denied)", attack.from(), attack.to());
            return new Claim(allegation.doc(), allegation.kind(), Stance.DENIES, denier, accused, allegation.eventType(),
                    allegation.date(), allegation.place(), Map.of(), allegation.evidence());
        }
        Category denied = allegation.counts().containsKey(Category.CIVILIANS_KILLED) ? Category.CIVILIANS_KILLED
                : allegation.counts().containsKey(Category.KILLED) ? Category.KILLED
                : allegation.counts().keySet().iterator().next();
        Span words = ctx.span(cue.from(), cue.to());
        Map<Category, Count> none = new java.util.EnumMap<>(Category.class);
        none.put(denied, new Count(0L, 0L, 0L, words.text(), words));
        return new Claim(allegation.doc(), allegation.kind(), Stance.DENIES, denier, accused, allegation.eventType(),
                allegation.date(), allegation.place(), none, allegation.evidence());
    }

    /**
     * An attack word between a denial and what it would deny (نفى التحالف قصف منزل ... مقتل سبعة):
     * the attack itself is denied, and the dead are only what it is said to have done. Null if none.
     */
    private static Match<Cue> attackBefore(SentenceFacts f, Match<Cue> denial, int figures) {
        Match<Cue> attack = f.first(denial.to(), figures, Cue.EVENTS);
        if (attack == null || attack.to() > figures) return null;
        // "نافيا ما قاله المرصد عن أن الضربات قتلت 30": the attack is what a reporter told, not what is denied
        for (var said : f.attributions) {
            if (said.value() == Lexicons.Speech.VERB && said.from() >= denial.to() && said.from() < attack.from()) return null;
        }
        return attack;
    }

    /** "استهداف مدنيين، قصف المدنيين": the end of the civilians an attack word takes as its object, or -1. */
    private static int targetsCivilians(Lexicons lex, SentenceFacts f, Match<Cue> attack) {
        var v = lex.victims.matchAt(f.tokens, attack.to(), f.to);
        return v != null && v.value().group() == Lexicons.Group.CIVILIAN ? v.to() : -1;
    }

    /** "ووجدت المجزرة التي نفتها القوات ...": the attack a relative clause's denial is about, or null. */
    private static Match<Cue> attackBeforeRelative(SentenceFacts f, Match<Cue> denial) {
        int k = denial.from() - 1;
        if (k <= f.from || !(f.tokens.get(k).hasForm("التي") || f.tokens.get(k).hasForm("الذي"))) return null;
        for (Match<Cue> c : f.cues) if (c.to() == k && c.value().isEvent()) return c;
        return null;
    }

    /** The attack words just after a denial ("نفت ... أن تكون طائراتها قصفت", "لم تجر عمليات جوية"), or null. */
    private Match<Cue> attackDenied(SentenceFacts f, Match<Cue> denial) {
        int end = Math.min(f.to, denial.to() + WINDOW);
        // "نفى الجيش الذي يقاتل في المنطقة منذ أشهر الاتهامات بشن غارة": the attack follows what is denied
        for (int k = denial.to(); k < f.mainClauseEnd() && lex.mayHave(f, WordSet.ACCUSATION); k++) {
            if (lex.has(f.tokens.get(k), WordSet.ACCUSATION)) {
                end = Math.max(end, Math.min(f.to, k + 1 + WINDOW / 2));
                break;
            }
        }
        for (Match<Cue> c : f.cues) {
            if (c.from() >= denial.to() && c.from() < end && c.value().isEvent()) return c;
        }
        return null;
    }
}
