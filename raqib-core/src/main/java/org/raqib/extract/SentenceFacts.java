package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import org.raqib.resolve.ActorDictionary;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/** What one sentence names, read once: parties, cue words and attributions. */
final class SentenceFacts {
    final List<Token> tokens;
    final int from;
    final int to;
    final List<ActorMatch> actors;
    final List<Match<String>> cues;
    final List<Match<String>> attributions;
    /** The places of the sentence, found once when first asked for. */
    private List<org.raqib.resolve.place.PlaceMention> places;
    /** The dates of the sentence, read once when first asked for. */
    private List<org.raqib.resolve.DateMention> dates;

    SentenceFacts(List<Token> tokens, int from, int to, ActorDictionary actors, String country) {
        this(tokens, from, to, actors.find(tokens, from, to, country), Lexicons.CUES.findAll(tokens, from, to),
                Lexicons.ATTRIBUTION.findAll(tokens, from, to));
    }

    private SentenceFacts(List<Token> tokens, int from, int to, List<ActorMatch> actors, List<Match<String>> cues,
                          List<Match<String>> attributions) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.actors = actors;
        this.cues = cues;
        this.attributions = attributions;
    }

    /** The same sentence with its actors read for another country (the only part that depends on it). */
    SentenceFacts withCountry(ActorDictionary actors, String country) {
        return new SentenceFacts(tokens, from, to, actors.find(tokens, from, to, country), cues, attributions);
    }

    List<Match<String>> cues(int a, int b, String... kinds) {
        List<Match<String>> out = new ArrayList<>();
        for (Match<String> m : cues) {
            if (m.from() < a || m.from() >= b) continue;
            for (String k : kinds) {
                if (m.value().equals(k)) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    boolean has(int a, int b, String... kinds) { return !cues(a, b, kinds).isEmpty(); }

    /** The dates within tokens [a, b) (read once for the whole sentence). */
    List<org.raqib.resolve.DateMention> dates(int a, int b, ClaimExtractor.Context ctx) {
        if (dates == null) dates = org.raqib.resolve.DateResolver.find(tokens, from, to, ctx.published);
        if (a <= from && b >= to) return dates;
        List<org.raqib.resolve.DateMention> out = new ArrayList<>(dates.size());
        for (var m : dates) if (m.from() >= a && m.to() <= b) out.add(m);
        return out;
    }

    List<org.raqib.resolve.place.PlaceMention> places(ClaimExtractor.Context ctx) {
        if (places == null) {
            List<int[]> skip = new ArrayList<>(actors.size());
            for (ActorMatch a : actors) skip.add(new int[]{a.from(), a.to()});
            places = ctx.places.find(tokens, from, to, ctx.country, skip);
        }
        return places;
    }

    static boolean isEvent(String cue) {
        return switch (cue) {
            case "airstrike", "shelling", "explosion", "clash", "bombardment", "attack" -> true;
            default -> false;
        };
    }
}
