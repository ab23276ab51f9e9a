package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.model.ActorMention;
import org.raqib.model.Claim;
import org.raqib.model.Stance;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.rules.WordSet;

/** A party owning up to an attack or to harm it did itself, in the words that report it. */
final class OwningUp {
    private OwningUp() {}

    /**
     * "وقالت الحركة ... إنها قتلت عشرة جنود": the speaker says it did the harm itself (a pronoun of
     * it, انه / انها / انهم, or its own name, right before the harm verb); it is the attacker owning up. Only a party
     * that fights can (a monitor's "أنها قتلت" means the raids it told of).
     */
    static boolean speakerDidIt(SentenceFacts f, List<CountMention> group, ActorMention source, Context ctx) {
        if (source == null || !(ctx.rules.actors.isArmed(source.actor()) || source.actor().equals("OTHER"))) return false;
        for (CountMention m : group) {
            CountMention.Why harm = m.harmWhy();
            if (harm == null || harm.from() <= f.from || harm.to() > m.from()) continue; // the verb before its toll
            org.raqib.text.Token before = f.tokens.get(harm.from() - 1);
            if (TokenRuns.harmNoun(f.tokens.get(harm.from()))) continue; // "انه مقتل"، "الجيش بإصابة" is no one owning up
            if (before.hasForm("انه") || before.hasForm("انها") || before.hasForm("انهم")) {
                ctx.note("perpetrator", "perpetrator.the-speaker-did-it (انه / انها before the harm verb)", harm.from() - 1, harm.to());
                return true;
            }
            // "مزاعم الجيش قتل 17 مسلحا": the speaker's killing (not "4 من عناصر الشرطة وأصيب 23": its dead, then more harm)
            if (namedRightBefore(f, harm.from(), source) && !f.tokens.get(harm.from()).startsWithConjunction()) {
                ctx.note("perpetrator", "perpetrator.the-speaker-did-it (its name right before the harm word)", harm.from() - 1, harm.to());
                return true;
            }
        }
        return false;
    }

    private static boolean namedRightBefore(SentenceFacts f, int at, ActorMention source) {
        for (ActorMatch a : f.actors) if (a.to() == at && a.code().equals(source.actor())) return true;
        return false;
    }

    /** The speaker owned up to its own harm in the claim before and goes on telling of it, naming no other party. */
    static boolean goesOn(Claim before, ActorMention source, Context ctx) {
        if (source == null || before == null || before.stance() != Stance.ACKNOWLEDGES || before.source() == null
                || before.perpetrator() == null || !before.source().actor().equals(source.actor())
                || !before.perpetrator().actor().equals(source.actor())) return false;
        ctx.note("stance", "stance.owning-up-goes-on (the speaker acknowledged its own harm in the claim before)", -1, -1);
        return true;
    }

    /** "وتبنى التنظيم في بيان مسؤوليته عن التفجير": the speaker claims the attack it tells of. */
    static boolean claimsTheAttack(SentenceFacts f, ActorMention speaker, Lexicons lex) {
        for (ActorMatch m : f.actors) if (m.code().equals(speaker.actor()) && claimsIt(f, m, lex)) return true;
        return false;
    }

    /**
     * "تبنى التنظيم مسؤوليته"، "التحالف مسؤول عن": the party says it did it, or is said to have done
     * it (not "حمّله الحوثيون مسؤوليتها": the accusers, who hold another party responsible).
     */
    static boolean claimsIt(SentenceFacts f, ActorMatch m, Lexicons lex) {
        if (m.to() >= f.to || !lex.has(f.tokens.get(m.to()), WordSet.RESPONSIBLE)) return false;
        if (m.from() == f.from) return true;
        String before = f.tokens.get(m.from() - 1).text();
        if (before.startsWith("و") || before.startsWith("ف")) before = before.substring(1);
        return !before.startsWith("حمل");
    }
}
