package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.Lexicons.Speech;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.ActorMention;
import org.raqib.model.Stance;
import org.raqib.resolve.ActorDictionary;
import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * Who makes a claim. A speech verb names its speaker after it (أفاد المرصد، قال مدير
 * المرصد لوكالة ...: the agency is the addressee) or before it (وكان التحالف قد أقر); نقل
 * names its speaker after "عن" and نسب after "إلى"; a title (الناطق باسم الوزارة) names
 * it after a long name; an agency credited in a dateline ("(شينخوا) أعلن") is not the
 * subject of the verb after it, and "التابع لوزارة الصحة" is not spoken to; a preposition names it after (وفق المرصد، بحسب تقديرات
 * الأمم المتحدة). A verb with no named speaker at the start of a sentence (وأشارت إلى)
 * continues the last source, as do words that point back (وقال المصدر). An acknowledgement
 * verb makes the claim an acknowledgement by its speaker.
 */
final class Attribution {
    record Result(ActorMention source, Stance stance) {}

    private static final int AFTER_VERB = 6;
    private static final int AFTER_VIA = 4;
    /** How far after a speech verb a speaker's title (الناطق باسم ...) may come. */
    private static final int SPOKESPERSON_WINDOW = 20;
    /** How many words an office of a party may take between باسم and the party (رئاسة الأركان العامة). */
    private static final int OFFICE_WORDS = 4;
    private final Lexicons lex;
    private final ActorDictionary actors;

    Attribution(RuleSet rules) {
        this.lex = rules.lexicons;
        this.actors = rules.actors;
    }

    Result find(SentenceFacts f, Segment seg, Context ctx) {
        for (Match<Cue> ack : f.cues(seg.from(), seg.to(), Cue.ACKNOWLEDGEMENT)) {
            if (negated(f, ack.from())) continue; // "ولم يتبنها التنظيم": no one claimed it
            ActorMatch speaker = subjectOf(f, ack);
            if (speaker != null && actors.isArmed(speaker.code())) {
                if (ctx.explaining()) ctx.note("stance", "stance.acknowledgement " + lex.rule("cues.tsv", ack), ack.from(), ack.to());
                if (ctx.explaining()) ctx.note("source", "source.acknowledging-party " + speaker.rule(), speaker.from(), speaker.to());
                return new Result(ctx.mention(speaker.from(), speaker.to(), speaker.code()), Stance.ACKNOWLEDGES);
            }
        }
        ActorMention source = sourceIn(f, seg.from(), seg.to(), seg, ctx);
        if (source == null && !seg.whole()) source = sourceIn(f, f.from, f.to, seg, ctx);
        if (source == null) source = beforeColon(f, ctx);
        if (source == null) ctx.note("source", "source.none (no speech verb or preposition names a speaker)", -1, -1);
        return new Result(source, Stance.ALLEGES);
    }

    /** "الصحة اللبنانية: سقوط 9 شهداء": a party opening the sentence before a colon says what follows. */
    private ActorMention beforeColon(SentenceFacts f, Context ctx) {
        for (ActorMatch a : f.actors) {
            if (a.from() > f.from + 1) break;
            if (a.to() < f.to && f.tokens.get(a.to()).is(':') && !a.pointsBack()) {
                ctx.note("source", "source.party-before-a-colon " + a.rule(), a.from(), a.to() + 1);
                return ctx.mention(a.from(), a.to(), a.code());
            }
        }
        return null;
    }

    /** After a sentence, remember the source it named, for words that point back later. */
    void remember(SentenceFacts f, Context ctx) {
        for (Match<Speech> m : f.attributions) {
            ActorMention a = resolve(f, m, ctx, false);
            if (a != null) {
                if (a != ctx.lastSource) { // its name's words are read only if a later "وفق X" asks for them
                    ctx.lastSpeakerFacts = f;
                    ctx.lastSpeakerVerb = m;
                    ctx.lastSpeakerWords = null;
                }
                ctx.lastSource = a;
                return;
            }
        }
    }

    /** The participles of speech verbs (attribution.tsv), which go on with the subject told before. */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("مشيرا", "مشيره", "مضيفا", "مضيفه", "موضحا", "موضحه");

    /** The words between a speech verb and what is said (the speaker's name and title). */
    private java.util.Set<String> speakerWords(SentenceFacts f, Match<Speech> m) {
        if (m.value() != Speech.VERB) return java.util.Set.of();
        java.util.Set<String> words = new java.util.HashSet<>();
        int end = Math.min(statementStart(f, m.to()), m.to() + SPOKESPERSON_WINDOW);
        for (int k = m.to(); k < end; k++) {
            Token t = f.tokens.get(k);
            if (t.isWord() && !t.isNumber() && t.text().length() > 3) words.add(t.text());
        }
        return words;
    }

    /** "ووفق الحمداني": a preposition naming the speaker just quoted by one of the words of his name. */
    private boolean namesLastSpeaker(SentenceFacts f, Match<Speech> m, Context ctx) {
        if (m.value() != Speech.VIA || ctx.lastSource == null || m.to() >= f.to) return false;
        Token t = f.tokens.get(m.to());
        if (!t.isWord()) return false;
        if (ctx.lastSpeakerWords == null) ctx.lastSpeakerWords = speakerWords(ctx.lastSpeakerFacts, ctx.lastSpeakerVerb);
        return ctx.lastSpeakerWords.contains(t.text());
    }

    private ActorMention sourceIn(SentenceFacts f, int a, int b, Segment seg, Context ctx) {
        for (Match<Speech> m : f.attributions) {
            if (m.from() < a || m.from() >= b) continue;
            if (m.from() >= seg.countsTo() && m.value() == Speech.VERB && f.has(seg.countsTo(), m.from(), Cue.CLAUSE)) {
                continue; // "..., فيما أشارت المنظمة إلى" speaks of something else
            }
            ActorMention s = resolve(f, m, ctx, true);
            if (s != null) return namedSpeakerNearer(f, m, seg, ctx, s);
        }
        return null;
    }

    /**
     * "وترى منظمات إغاثة أن ...، وتقول الأمم المتحدة إن النزاع في اليمن خلف ...": a second speech
     * verb joined by و (or opening a side clause), still before the figures and naming its own speaker, says them.
     */
    private ActorMention namedSpeakerNearer(SentenceFacts f, Match<Speech> first, Segment seg, Context ctx, ActorMention found) {
        for (Match<Speech> m : f.attributions) {
            if (m.from() <= first.from() || m.from() >= seg.countsFrom() || m.value() != Speech.VERB) continue;
            // joined by و, or after في حين / بينما ("...، في حين ذكرت مصادر طبية أن ثلاثة قتلوا")
            boolean sideClause = m.from() > f.from && f.first(Math.max(f.from, m.from() - 2), m.from(), Cue.CLAUSE) != null
                    && !lex.has(f.tokens.get(m.from()), WordSet.TRANSMITS); // not "فيما نقلت سيارات إسعاف الجرحى"
            if (!f.tokens.get(m.from()).startsWithConjunction() && !sideClause) continue;
            ActorMatch speaker = speakerOfVerb(f, m);
            if (speaker != null && !speaker.pointsBack()) {
                ctx.note("source", how(m) + ", a later speech verb before the figures, speaker " + speaker.rule(), m.from(), speaker.to());
                return ctx.mention(speaker.from(), speaker.to(), speaker.code());
            }
        }
        return found;
    }

    private ActorMention resolve(SentenceFacts f, Match<Speech> m, Context ctx, boolean explain) {
        ActorMatch speaker = switch (m.value()) {
            // "وبحسب فلان، الناطق باسم الإسعاف، فإن": a person, then the title that names the party
            case VIA -> { ActorMatch a = firstActorFrom(f, m.to(), AFTER_VIA, false); yield a != null ? a : spokespersonOf(f, m.to()); }
            case VERB -> m.from() > f.from && lex.has(f.tokens.get(m.from() - 1), WordSet.RELATIVE) ? null : speakerOfVerb(f, m);
            case VIA_AFTER_VERB -> null;
        };
        if (speaker == null && namesLastSpeaker(f, m, ctx)) {
            if (explain && ctx.explaining()) ctx.note("source", how(m) + ", the speaker quoted before, named again", m.from(), m.to() + 1);
            return ctx.lastSource;
        }
        if (speaker == null && m.value() == Speech.VERB && m.from() > f.from && lex.has(f.tokens.get(m.from() - 1), WordSet.RELATIVE)) {
            return null; // "التي أعلنت قسد السيطرة عليها": a verb in a relative clause speaks of something else
        }
        if (speaker == null) {
            // a verb opening the sentence with no named speaker, or a participle anywhere ("جاء ذلك في التقرير
            // الشهري، مشيرا إلى أن ..."): the last source goes on
            boolean opens = m.value() == Speech.VERB && (m.from() - f.from <= 1 || PARTICIPLES.contains(f.tokens.get(m.from()).text()));
            if (!opens || ctx.lastSource == null) return null;
            if (explain && ctx.explaining()) ctx.note("source", how(m) + ", no speaker named: the last source goes on", m.from(), m.to());
            return ctx.lastSource;
        }
        if (speaker.pointsBack()) {
            if (ctx.lastSource == null) return null;
            if (explain && ctx.explaining()) {
                ctx.note("source", how(m) + ", speaker points back " + speaker.rule(), m.from(), speaker.to());
            }
            return ctx.mention(speaker.from(), speaker.to(), ctx.lastSource.actor());
        }
        ActorMatch armedParent = armedPartyItBelongsTo(f, speaker);
        if (armedParent != null) { // "وزارة الصحة التابعة للحوثيين": the ministry speaks for the Houthis
            if (explain && ctx.explaining()) ctx.note("source", how(m) + ", speaker " + speaker.rule() + " of the armed party "
                    + armedParent.rule(), Math.min(m.from(), speaker.from()), armedParent.to());
            return ctx.mention(speaker.from(), armedParent.to(), armedParent.code());
        }
        if (explain && ctx.explaining()) {
            ctx.note("source", how(m) + ", speaker " + speaker.rule(), Math.min(m.from(), speaker.from()),
                    Math.max(m.to(), speaker.to()));
        }
        return ctx.mention(speaker.from(), speaker.to(), speaker.code());
    }

    /** The rule name of a speech phrase: "source.verb attribution.tsv:12 «أفاد»". */
    private String how(Match<Speech> m) {
        return "source." + m.value().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
                + lex.rule("attribution.tsv", m);
    }

    private ActorMatch speakerOfVerb(SentenceFacts f, Match<Speech> verb) {
        if (lex.has(f.tokens.get(verb.from()), WordSet.TRANSMITS) && carried(f, verb)) return null;
        if (lex.has(f.tokens.get(verb.from()), WordSet.TRANSMITS)) {
            for (int k = verb.to(); k < Math.min(f.to, verb.to() + 8); k++) {
                if (f.tokens.get(k).textIs("عن")) {
                    ActorMatch a = firstActorFrom(f, k + 1, 2, false);
                    if (a != null) return a;
                }
            }
        }
        if (lex.has(f.tokens.get(verb.from()), WordSet.ATTRIBUTES_TO)) {
            // "نسبت الوكالة إلى مسؤول محلي القول": the one the words are put in the mouth of speaks;
            // "نسب ناشطون القصف إلى طيران النظام": an attack put down to a party names the attacker
            // after إلى, and the speaker is the subject as after any verb
            // "لكن الهجوم نُسبت إلى التنظيم": إلى right after the verb, with no subject between, puts a deed down to a party
            if (verb.to() < f.to && f.tokens.get(verb.to()).textIs("الي")) return null;
            for (int k = verb.to(); k < Math.min(f.to, verb.to() + 8); k++) {
                if (f.has(verb.to(), k, Cue.EVENTS)) break;
                if (f.tokens.get(k).textIs("الي")) {
                    ActorMatch a = firstActorFrom(f, k + 1, 2, false);
                    if (a != null) return a;
                }
            }
        }
        // the speaker comes before what is said: "وقالت مصادر حقوقية، إن مليشيا الحوثي ..." names
        // the party blamed after إن, not the speaker
        ActorMatch after = firstActorFrom(f, verb.to(), Math.min(AFTER_VERB, statementStart(f, verb.to()) - verb.to()), true);
        // "اتهمت الحكومة المؤقتة قوات الوفاق بقتل": past an accuser not known, the party charged is no speaker
        // (the accuser may stand before the verb: "وكان الجيش قد اتهم، الجمعة، قوات ...")
        if (after != null && after.from() > verb.to() && PartyPositions.accused(f, after, lex)) return subjectOfPluperfect(f, verb.from());
        if (after != null && !after.pointsBack()) return after;
        // "مدير المكتب الإعلامي والناطق باسم الوزارة": the title names the party, not المكتب
        ActorMatch title = spokespersonOf(f, verb.to());
        if (title != null) return title;
        if (after != null) return after;
        ActorMatch pluperfect = subjectOfPluperfect(f, verb.from());
        if (pluperfect != null) return pluperfect;
        ActorMatch before = actorEndingBefore(f, verb.from(), 4);
        // "بيروت (شينخوا) أعلن ...": an agency credited in the dateline, cut off by a bracket or a
        // dash, is not the subject of the verb after it
        // "... تنظيم الدولة كما أفادت مصادر رسمية": after كما the speaker follows; the party before is what was said
        if (before == null || verb.from() > f.from && f.tokens.get(verb.from() - 1).textIs("كما")) return null;
        // "الدفاع المدني السوري، أعلن أن ...": the sentence opens with its subject, set off by a comma
        if (before.from() == f.from && onlyCommaBetween(f, before.to(), verb.from())) return before;
        return !punctuationBetween(f, before.to(), verb.from()) ? before : null;
    }

    /** Whether the word before token k negates it (لم، لا، لن, also with و: ولم). */
    private static boolean negated(SentenceFacts f, int k) {
        if (k <= f.from) return false;
        Token w = f.tokens.get(k - 1);
        return w.hasForm("لم") || w.hasForm("لا") || w.hasForm("لن");
    }

    private static boolean onlyCommaBetween(SentenceFacts f, int from, int to) {
        return to - from == 1 && (f.tokens.get(from).is('،') || f.tokens.get(from).is(','));
    }

    /** "جرى نقلهم إلى المستشفى": people carried somewhere, not words passed on (نقل ... إلى before any عن). */
    private static boolean carried(SentenceFacts f, Match<Speech> verb) {
        for (int k = verb.to(); k < Math.min(f.to, verb.to() + 3); k++) {
            String w = f.tokens.get(k).text();
            if (w.equals("عن")) return false;
            if (w.equals("الي")) return true;
        }
        return false;
    }

    /**
     * A speaker named by a title after a long name ("أفاد العقيد فلان رئيس جهاز ... والناطق
     * باسم وزارة الداخلية"): the party after باسم, before the statement itself begins.
     */
    private ActorMatch spokespersonOf(SentenceFacts f, int from) {
        int end = Math.min(f.to, from + SPOKESPERSON_WINDOW);
        for (int k = from; k < end - 1; k++) {
            Token t = f.tokens.get(k);
            if (t.isNumber() || t.is(':') || lex.has(t, WordSet.STATEMENT_OPENS)) return null;
            if (lex.has(t, WordSet.ON_BEHALF_OF)) {
                // "باسم الجيش"، "باسم هيئة أركان الجيش الوطني": the party, or an office of it first (not
                // after في, whose institution comes right after it)
                ActorMatch a = firstActorFrom(f, k + 1, t.textIs("باسم") ? OFFICE_WORDS : 1, false);
                if (a != null) return a;
            }
        }
        return null;
    }

    /**
     * The armed party a ministry or an official is said to belong to right after its name
     * (وزارة الصحة التابعة للحوثيين), or null. A civil defence or a hospital keeps its own code
     * whoever runs it (جهاز الدفاع المدني التابع للحركة).
     */
    private ActorMatch armedPartyItBelongsTo(SentenceFacts f, ActorMatch speaker) {
        if (!speaker.code().equals("HEALTH_MINISTRY") && !speaker.code().equals("OTHER")) return null;
        if (speaker.isArmed() || speaker.to() + 1 >= f.to || !lex.has(f.tokens.get(speaker.to()), WordSet.AFFILIATED)) return null;
        ActorMatch parent = firstActorFrom(f, speaker.to() + 1, 1, false);
        return parent != null && parent.isArmed() ? parent : null;
    }

    /** Where what is said begins after a verb (إن، أن، بأن), or the sentence's end. */
    private int statementStart(SentenceFacts f, int from) {
        for (int k = from; k < f.to; k++) if (lex.has(f.tokens.get(k), WordSet.STATEMENT_OPENS)) return k;
        return f.to;
    }

    private static boolean punctuationBetween(SentenceFacts f, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = f.tokens.get(k);
            if (t.type() == Token.Type.NEWLINE || t.is(')') || t.is('-') || t.is('–') || t.is('—') || t.is(':')
                    || t.is('.') || t.is('،') || t.is(',')) return true;
        }
        return false;
    }

    /** "وكان المرصد، ومقره لندن، قد ذكر أن"، "وكان التحالف قد أقر": the subject between كان and قد, past an aside, or null. */
    private ActorMatch subjectOfPluperfect(SentenceFacts f, int verbFrom) {
        if (verbFrom - 1 <= f.from || !f.tokens.get(verbFrom - 1).textIs("قد")) return null;
        Token opening = f.tokens.get(f.from);
        if (!opening.hasForm("كان") && !opening.hasForm("كانت")) return null;
        ActorMatch subject = firstActorFrom(f, f.from + 1, 2, false);
        return subject != null && subject.to() < verbFrom ? subject : null;
    }

    /** The speaker of an acknowledgement verb: the party just before it or just after. */
    private ActorMatch subjectOf(SentenceFacts f, Match<Cue> verb) {
        ActorMatch pluperfect = subjectOfPluperfect(f, verb.from());
        if (pluperfect != null) return pluperfect;
        ActorMatch before = actorEndingBefore(f, verb.from(), 4);
        return before != null ? before : firstActorFrom(f, verb.to(), AFTER_VERB, true);
    }

    private ActorMatch firstActorFrom(SentenceFacts f, int k, int window, boolean skipAddressee) {
        for (ActorMatch a : f.actors) {
            if (a.from() < k || a.from() >= k + window) continue;
            if (skipAddressee && isAddressee(f.tokens, a) && !(a.from() > 0 && lex.has(f.tokens.get(a.from() - 1), WordSet.AFFILIATED))) continue;
            return a;
        }
        return null;
    }

    private static ActorMatch actorEndingBefore(SentenceFacts f, int k, int window) {
        ActorMatch best = null;
        for (ActorMatch a : f.actors) {
            if (a.to() <= k && a.to() > k - window) best = a;
        }
        return best;
    }

    /** "لوكالة فرانس برس"، "لـ«السومرية نيوز»": spoken to, not speaking. */
    private static boolean isAddressee(List<Token> t, ActorMatch a) {
        Token first = t.get(a.from());
        if (a.from() > 0) {
            int k = a.from() - 1;
            while (k > 0 && (t.get(k).is('"') || t.get(k).is('\''))) k--;
            if (t.get(k).textIs("ل")) return true;
        }
        String w = first.text();
        return w.startsWith("ل") && !w.startsWith("ال") && first.forms().length > 1 && !a.beginsWithLam();
    }
}
