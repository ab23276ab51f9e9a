package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.model.ActorMention;

/** A speaker owning up to harm it did itself, in the words that report it. */
final class OwningUp {
    private OwningUp() {}

    /**
     * "وقالت الحركة ... إنها قتلت عشرة جنود": the speaker says it did the harm itself (a pronoun of
     * it, انه / انها / انهم, right before the harm verb); it is the attacker owning up. Only a party
     * that fights can (a monitor's "أنها قتلت" means the raids it told of).
     */
    static boolean speakerDidIt(SentenceFacts f, List<CountMention> group, ActorMention source, Context ctx) {
        if (source == null || !(ctx.rules.actors.isArmed(source.actor()) || source.actor().equals("OTHER"))) return false;
        for (CountMention m : group) {
            CountMention.Why harm = m.harmWhy();
            if (harm == null || harm.from() <= f.from || harm.to() > m.from()) continue; // the verb before its toll
            org.raqib.text.Token before = f.tokens.get(harm.from() - 1);
            if (!(before.hasForm("انه") || before.hasForm("انها") || before.hasForm("انهم"))) continue;
            if (!Attackers.HARM_NOUNS.contains(f.tokens.get(harm.from()).text())) { // "انه مقتل" is no one owning up
                ctx.note("perpetrator", "perpetrator.the-speaker-did-it (انه / انها before the harm verb)", harm.from() - 1, harm.to());
                return true;
            }
        }
        return false;
    }
}
