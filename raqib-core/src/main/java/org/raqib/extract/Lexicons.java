package org.raqib.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/** The word lists of the claim rules, loaded once from the .tsv files beside this class. */
final class Lexicons {
    enum Harm { KILLED, INJURED, COMBINED }

    enum Group { PERSON, DEAD, CIVILIAN, CHILD, WOMAN, COMBATANT, OTHERS }

    enum Qualifier { AT_LEAST, ABOUT, UP_TO, MORE_THAN }

    record Victim(Group group, int alone, Harm harm) {} // alone: 1 singular, 2 dual, 0 plural

    record QualifierWord(Qualifier reading, boolean before) {}

    static final PhraseMatcher<Harm> HARM = new PhraseMatcher<>();
    static final PhraseMatcher<Victim> VICTIMS = new PhraseMatcher<>();
    static final PhraseMatcher<QualifierWord> QUALIFIERS = new PhraseMatcher<>();
    static final PhraseMatcher<String> CUES = new PhraseMatcher<>();
    static final PhraseMatcher<String> ATTRIBUTION = new PhraseMatcher<>();

    /** Nouns of time that make "خلال ..." a period (a tally) rather than "during an attack". */
    static final Set<String> TIME_UNITS = normalized("ساعة", "ساعات", "يوم", "أيام", "يوما", "أسبوع", "أسابيع",
            "شهر", "أشهر", "شهور", "سنة", "سنوات", "عام", "أعوام", "الماضية", "الأخيرة", "الماضي", "الفائت", "الفائتة");
    static final Set<String> MONTHS = normalized("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يونيه",
            "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط",
            "آذار", "أذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري", "أفريل",
            "ماي", "جوان", "جويلية", "أوت");
    static final Set<String> YEAR_WORDS = normalized("عام", "العام", "سنة", "السنة", "عاما", "عامًا");
    /** Words after a bare number that still let it be a toll ("قتل 13 على الأقل"، "أصيب 40 بجروح"). */
    static final Set<String> FOLLOW_BARE = normalized("على", "علي", "في", "من", "عن", "إلى", "الى", "جراء", "بسبب",
            "إثر", "اثر", "خلال", "منذ", "بينهم", "منهم", "بحسب", "حسب", "وفق", "حسبما", "فضلا", "بعد", "قبل",
            "اليوم", "أمس", "حتى", "بين", "شخصا", "نتيجة", "بنيران", "برصاص", "في", "وفقا", "طبقا", "آخرين");

    static {
        for (String[] r : TsvResource.read(Lexicons.class, "harm.tsv")) HARM.add(r[0], Harm.valueOf(r[1].toUpperCase()));
        for (String[] r : TsvResource.read(Lexicons.class, "victims.tsv")) {
            int alone = switch (r[2]) { case "sg" -> 1; case "du" -> 2; default -> 0; };
            Harm harm = r[3].equals("-") ? null : Harm.valueOf(r[3].toUpperCase());
            VICTIMS.add(r[0], new Victim(Group.valueOf(r[1].toUpperCase()), alone, harm));
        }
        for (String[] r : TsvResource.read(Lexicons.class, "qualifiers.tsv")) {
            QUALIFIERS.add(r[0], new QualifierWord(Qualifier.valueOf(r[1].toUpperCase().replace('-', '_')), r[2].equals("before")));
        }
        for (String[] r : TsvResource.read(Lexicons.class, "cues.tsv")) CUES.add(r[0], r[1]);
        for (String[] r : TsvResource.read(Lexicons.class, "attribution.tsv")) ATTRIBUTION.add(r[0], r[1]);
    }

    private Lexicons() {}

    static boolean anyForm(Token t, Set<String> words) { return t.hasAnyForm(words); }

    static Set<String> normalized(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) s.add(ArabicNormalizer.normalizeWord(w));
        return s;
    }

    /** The longest cue ending exactly at token {@code end} (exclusive), at most 4 tokens long. */
    static <V> PhraseMatcher.Match<V> endingAt(PhraseMatcher<V> m, List<Token> tokens, int from, int end) {
        for (int k = Math.max(from, end - 4); k < end; k++) {
            PhraseMatcher.Match<V> match = m.matchAt(tokens, k, end);
            if (match != null && match.to() == end) return match;
        }
        return null;
    }
}
