package org.raqib.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.resolve.ActorDictionary.ActorMatch;

/**
 * "الحركة"، "الجماعة"، "الجيش" (actors.tsv @NAMED) name the party last named with the same noun
 * (حركة الشباب، الجيش الإسرائيلي), however many other parties came between. Read once, in the
 * order of the report, so that every later step sees the party itself.
 */
final class NamedParties {
    private NamedParties() {}

    /** The nouns a party's name may open with that point back to it; الجيش only with its article (not جيش الإسلام). */
    private static final Set<String> NOUNS = Set.of("حركه", "جماعه", "الجيش");

    static List<SentenceFacts> resolve(List<SentenceFacts> facts) {
        Map<String, ActorMatch> named = new HashMap<>();
        List<SentenceFacts> out = new ArrayList<>(facts.size());
        for (SentenceFacts f : facts) {
            List<ActorMatch> actors = null;
            for (int i = 0; i < f.actors.size(); i++) {
                ActorMatch a = f.actors.get(i);
                if (a.pointsToNamed()) {
                    if (actors == null) actors = new ArrayList<>(f.actors.subList(0, i));
                    ActorMatch party = lookUp(f, a, named);
                    // with no such party named before, the noun names no one ("الجيش الليبي التابع لحكومة الوفاق")
                    if (party != null) actors.add(new ActorMatch(a.from(), a.to(), party.code(), party.armed(),
                            a.rule() + " → " + party.rule(), a.beginsWithLam()));
                    continue;
                }
                if (actors != null) actors.add(a);
                if (!a.pointsBack()) {
                    for (String form : f.tokens.get(a.from()).forms()) if (NOUNS.contains(form)) named.put(form, a);
                }
            }
            out.add(actors == null ? f : f.withActors(actors));
        }
        return out;
    }

    private static ActorMatch lookUp(SentenceFacts f, ActorMatch a, Map<String, ActorMatch> named) {
        for (String form : f.tokens.get(a.from()).forms()) {
            ActorMatch party = named.get(form);
            if (party != null) return party;
        }
        return null;
    }
}
