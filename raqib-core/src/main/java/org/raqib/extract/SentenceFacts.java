package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.raqib.extract.Lexicons.Speech;
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
    final List<Match<Cue>> cues;
    final List<Match<Speech>> attributions;
    /** The places of the sentence, found once when first asked for. */
    private List<org.raqib.resolve.place.PlaceMention> places;
    /** The dates of the sentence, read once when first asked for. */
    private List<org.raqib.resolve.DateMention> dates;

    SentenceFacts(List<Token> tokens, int from, int to, RuleSet rules, String country) {
        this(tokens, from, to, rules.actors.find(tokens, from, to, country), rules.lexicons.cues.findAll(tokens, from, to),
                verbsNotNouns(tokens, rules.lexicons.attribution.findAll(tokens, from, to)));
    }

    /** "الجدير بالذكر": a speech verb's letters with the article on them are a noun, no one speaking. */
    private static List<Match<Speech>> verbsNotNouns(List<Token> tokens, List<Match<Speech>> found) {
        if (found.isEmpty()) return found;
        List<Match<Speech>> out = new ArrayList<>(found.size());
        for (Match<Speech> m : found) {
            String w = tokens.get(m.from()).text();
            boolean article = w.startsWith("ال") || w.startsWith("بال") || w.startsWith("وال") || w.startsWith("فال")
                    || w.startsWith("لل") || w.startsWith("كال");
            // "سجلت خلالها السعودية جرائم": a verb with "during it" after it records deeds, it reports nothing
            boolean during = m.to() < tokens.size() && DURING_IT.contains(tokens.get(m.to()).text());
            if (m.value() != Speech.VERB || !(article || during || afterPreposition(w, m.phrase()))) out.add(m);
        }
        return out;
    }

    private static final Set<String> DURING_IT = Set.of("خلالها", "خلاله", "خلالهم");

    /** "بذكرى": a speech verb's letters after the preposition ب or ك are a noun (a verb takes neither). */
    private static boolean afterPreposition(String word, String phrase) {
        int space = phrase.indexOf(' ');
        int at = word.indexOf(space < 0 ? phrase : phrase.substring(0, space));
        return at > 0 && (word.charAt(at - 1) == 'ب' || word.charAt(at - 1) == 'ك');
    }

    private SentenceFacts(List<Token> tokens, int from, int to, List<ActorMatch> actors, List<Match<Cue>> cues,
                          List<Match<Speech>> attributions) {
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

    /** The same sentence with its parties read again (NamedParties: "الحركة" as the movement named before). */
    SentenceFacts withActors(List<ActorMatch> read) {
        return new SentenceFacts(tokens, from, to, read, cues, attributions);
    }

    List<Match<Cue>> cues(int a, int b, Cue kind) {
        List<Match<Cue>> out = new ArrayList<>(2);
        for (Match<Cue> m : cues) if (m.from() >= a && m.from() < b && m.value() == kind) out.add(m);
        return out;
    }

    List<Match<Cue>> cues(int a, int b, Set<Cue> kinds) {
        List<Match<Cue>> out = new ArrayList<>();
        for (Match<Cue> m : cues) {
            if (m.from() >= a && m.from() < b && kinds.contains(m.value())) out.add(m);
        }
        return out;
    }

    boolean has(int a, int b, Cue kind) { return first(a, b, kind) != null; }

    /** The first cue of the kind within [a, b), or null. */
    Match<Cue> first(int a, int b, Cue kind) {
        for (Match<Cue> m : cues) if (m.from() >= a && m.from() < b && m.value() == kind) return m;
        return null;
    }

    boolean has(int a, int b, Set<Cue> kinds) { return first(a, b, kinds) != null; }

    /** The first cue of the kinds within [a, b), or null. */
    Match<Cue> first(int a, int b, Set<Cue> kinds) {
        for (Match<Cue> m : cues) if (m.from() >= a && m.from() < b && kinds.contains(m.value())) return m;
        return null;
    }

    /**
     * Where a claim's own clause ends: at a side clause (فيما، في حين ...) opening after its
     * figures, whose places, parties and periods are of something else; else the segment's end.
     */
    int ownClauseEnd(ClaimExtractor.Segment seg) {
        int end = seg.to();
        for (Match<Cue> c : cues(seg.countsTo(), seg.to(), Cue.CLAUSE)) if (!aside(c.from(), seg.to())) end = Math.min(end, c.from());
        return end;
    }

    private static final Set<String> CAUSES = Set.of("في", "جراء", "اثر", "نتيجه", "بسبب", "عقب");

    /**
     * "قتل 12، فيما يبحث المسعفون عن آخرين، بقصف للجيش على ...": a side clause closed by a comma
     * before the attack that did the harm is an aside; the claim's clause goes on after it.
     */
    private boolean aside(int k, int end) {
        for (int j = k + 1; j + 1 < end; j++) {
            Token t = tokens.get(j);
            if (!(t.is(',') || t.is('،'))) continue;
            Token next = tokens.get(j + 1);
            return CAUSES.contains(next.text()) || next.text().startsWith("ب") && next.forms().length > 1 && has(j + 1, j + 2, Cue.EVENTS);
        }
        return false;
    }

    /** Where the sentence's main clause ends: at the first side clause after its opening word, else the sentence's end. */
    int mainClauseEnd() {
        Match<Cue> side = first(from + 1, to, Cue.CLAUSE);
        return side == null ? to : side.from();
    }

    private long wordMask;
    private boolean wordMaskRead;

    /** The OR of the sentence's word masks (read once): a word set none of its words is in needs no walk. */
    long wordMask(org.raqib.rules.WordSets words) {
        if (!wordMaskRead) {
            long m = 0;
            for (int k = from; k < to; k++) m |= words.mask(tokens.get(k));
            wordMask = m;
            wordMaskRead = true;
        }
        return wordMask;
    }

    /** The dates within tokens [a, b) (read once for the whole sentence). */
    List<org.raqib.resolve.DateMention> dates(int a, int b, ClaimExtractor.Context ctx) {
        if (dates == null) dates = ctx.rules.dates.find(tokens, from, to, ctx.published);
        if (a <= from && b >= to) return dates;
        List<org.raqib.resolve.DateMention> out = new ArrayList<>(dates.size());
        for (var m : dates) if (m.from() >= a && m.to() <= b) out.add(m);
        return out;
    }

    /**
     * "9 أغسطس/ آب"، "في آب الماضي": a month's name inside a date is no place (آب is written as إب, a
     * governorate of Yemen, whose names include "في إب": the month may be the mention's last word).
     */
    private List<org.raqib.resolve.place.PlaceMention> notMonths(List<org.raqib.resolve.place.PlaceMention> found,
                                                                 ClaimExtractor.Context ctx) {
        List<org.raqib.resolve.place.PlaceMention> out = null;
        for (int i = 0; i < found.size(); i++) {
            var m = found.get(i);
            int last = m.to() - 1;
            if (ctx.rules.dates.isMonthAt(tokens, m.nameFrom(), to) && insideADate(m.nameFrom(), ctx)
                    || last > m.nameFrom() && ctx.rules.dates.isMonthAt(tokens, last, to) && insideADate(last, ctx)) {
                if (out == null) out = new ArrayList<>(found.subList(0, i));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? found : out;
    }

    /** In a date read as one, or after a day's number or another month's name (9 أغسطس/ آب) when none could be read. */
    private boolean insideADate(int k, ClaimExtractor.Context ctx) {
        for (var d : dates(from, to, ctx)) if (d.from() <= k && k < d.to()) return true;
        int before = k - 1;
        while (before > from && tokens.get(before).isPunct()) before--;
        return before >= from && before < k && (tokens.get(before).isNumber() || ctx.rules.dates.isMonthAt(tokens, before, k));
    }

    List<org.raqib.resolve.place.PlaceMention> places(ClaimExtractor.Context ctx) {
        if (places == null) {
            List<int[]> skip = new ArrayList<>(actors.size());
            for (ActorMatch a : actors) skip.add(new int[]{a.from(), a.to()});
            places = notMonths(ctx.places.find(tokens, from, to, ctx.country, skip), ctx);
        }
        return places;
    }

}
