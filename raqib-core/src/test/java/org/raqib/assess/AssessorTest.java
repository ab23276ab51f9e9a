package org.raqib.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raqib.text.TextFingerprint;
import org.raqib.model.AccusedStatement;
import org.raqib.model.ActorMention;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Kind;
import org.raqib.model.Span;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Stance;

/**
 * The assessment rules one at a time, on claims built by hand: which claims are one source,
 * what the range is, what the accused said, and the grade.
 */
class AssessorTest {
    private final List<SourcedClaim> claims = new ArrayList<>();
    private int docs;

    @Test
    void theRangeRunsFromTheLowestToTheHighestSourceAndEachSourceCountsItsHighestFigure() {
        report("observatory", "SOHR", Stance.ALLEGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 12L));
        report("observatory", "SOHR", Stance.ALLEGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 17L)); // the toll raised
        report("local activists", "LOCAL", Stance.ALLEGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 40L, Category.INJURED, 9L));

        Assessment a = assess();

        assertThat(a.civiliansKilled().toString()).isEqualTo("17–40");
        assertThat(a.injured().toString()).isEqualTo("9");
        assertThat(a.killed().isEmpty()).isTrue();
        assertThat(a.independentSources()).isEqualTo(2);
        assertThat(a.grade()).isEqualTo(Grade.FAIR);
        assertThat(a.perpetrators()).containsExactly("COALITION");
    }

    @Test
    void tenOutletsQuotingOneOrganisationAreOneSourceButLocalSourcesCountPerReport() {
        for (int i = 0; i < 10; i++) report("outlet quoting the observatory", "SOHR", Stance.ALLEGES, "RUSSIA", Map.of(Category.KILLED, 7L));
        assertThat(assess().independentSources()).isEqualTo(1);
        assertThat(assess().grade()).isEqualTo(Grade.WEAK);

        report("a village medic", "MEDICAL", Stance.ALLEGES, "RUSSIA", Map.of(Category.KILLED, 9L));
        report("another outlet's activists", "LOCAL", Stance.ALLEGES, "RUSSIA", Map.of(Category.KILLED, 8L));
        assertThat(assess().independentSources()).isEqualTo(3);
        assertThat(assess().killed().toString()).isEqualTo("7–9");
    }

    @Test
    void syndicatedCopiesOfOneSentenceAreOneSource() {
        String wire = "the same agency sentence on many sites";
        for (int i = 0; i < 5; i++) claims.add(sourced(claim(wire, null, Stance.ALLEGES, "ISRAEL", Map.of(Category.KILLED, 14L)), 0));

        assertThat(assess().independentSources()).isEqualTo(1);
    }

    @Test
    void pagesWhoseTextFingerprintsAreAFewBitsApartAreOneSource() {
        // two outlets carrying one agency text under different headlines: their SimHashes differ in a few bits
        long agencyText = farApart(40);
        claims.add(sourced(claim("first wording", null, Stance.ALLEGES, "ISRAEL", Map.of(Category.KILLED, 14L)), agencyText));
        claims.add(sourced(claim("second wording", null, Stance.ALLEGES, "ISRAEL", Map.of(Category.KILLED, 15L)),
                agencyText ^ 0b1011L));
        assertThat(TextFingerprint.distance(agencyText, agencyText ^ 0b1011L)).isEqualTo(3);
        assertThat(assess().independentSources()).isEqualTo(1);

        // an independent report: its fingerprint is far from both
        claims.add(sourced(claim("third wording", null, Stance.ALLEGES, "ISRAEL", Map.of(Category.KILLED, 16L)), farApart(41)));
        assertThat(TextFingerprint.copies(agencyText, farApart(41))).isFalse();
        assertThat(assess().independentSources()).isEqualTo(2);
        assertThat(assess().killed().toString()).isEqualTo("15–16");
    }

    @Test
    void aDenialByTheAccusedIsRecordedButItsZeroIsNotAFigure() {
        report("observatory", "SOHR", Stance.ALLEGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 17L));
        report("the accused", "COALITION", Stance.DENIES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 0L));

        Assessment a = assess();

        assertThat(a.accused()).isEqualTo(AccusedStatement.DENIED);
        assertThat(a.civiliansKilled().toString()).isEqualTo("17");
        assertThat(a.independentSources()).isEqualTo(1);
        assertThat(a.grade()).isEqualTo(Grade.WEAK);
        assertThat(a.acknowledgedCivilians().isEmpty()).isTrue();
    }

    @Test
    void aDenialBySomeoneNotAccusedIsNotTheAccusedsStatement() {
        report("observatory", "SOHR", Stance.ALLEGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 17L));
        report("a third party", "RUSSIA", Stance.DENIES, null, Map.of());

        assertThat(assess().accused()).isEqualTo(AccusedStatement.NONE);
    }

    @Test
    void anAcknowledgementConfirmsTheIncidentAndItsFigureIsKeptAsTheAccusedsOwn() {
        report("ministry", "GAZA_MOH", Stance.ALLEGES, "ISRAEL", Map.of(Category.KILLED, 12L));
        report("civil defence", "LOCAL", Stance.ALLEGES, "ISRAEL", Map.of(Category.CIVILIANS_KILLED, 14L));
        report("the army", "ISRAEL", Stance.ACKNOWLEDGES, "ISRAEL", Map.of(Category.CIVILIANS_KILLED, 10L));

        Assessment a = assess();

        assertThat(a.accused()).isEqualTo(AccusedStatement.ACKNOWLEDGED);
        assertThat(a.acknowledgedCivilians().toString()).isEqualTo("10");
        assertThat(a.civiliansKilled().toString()).isEqualTo("10–14");
        assertThat(a.independentSources()).isEqualTo(3);
        assertThat(a.grade()).isEqualTo(Grade.CONFIRMED);
    }

    @Test
    void anAcknowledgementAloneStillGivesTheIncidentItsFigures() {
        report("the army", "ISRAEL", Stance.ACKNOWLEDGES, "ISRAEL", Map.of(Category.CIVILIANS_KILLED, 3L));

        Assessment a = assess();

        assertThat(a.civiliansKilled().toString()).isEqualTo("3");
        assertThat(a.perpetrators()).containsExactly("ISRAEL");
        assertThat(a.grade()).isEqualTo(Grade.CONFIRMED);
    }

    @Test
    void sourcesBlamingDifferentPartiesContestTheIncidentUnlessTheAccusedAcknowledged() {
        report("observatory", "SOHR", Stance.ALLEGES, "RUSSIA", Map.of(Category.CIVILIANS_KILLED, 9L));
        report("activists", "LOCAL", Stance.ALLEGES, "RUSSIA", Map.of(Category.CIVILIANS_KILLED, 8L));
        report("another outlet", "LOCAL", Stance.ALLEGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 7L));

        assertThat(assess().grade()).isEqualTo(Grade.CONTESTED);
        assertThat(assess().perpetrators()).containsExactly("RUSSIA", "COALITION"); // most often named first

        report("the coalition", "COALITION", Stance.ACKNOWLEDGES, "COALITION", Map.of(Category.CIVILIANS_KILLED, 2L));
        assertThat(assess().grade()).isEqualTo(Grade.CONFIRMED);
    }

    @Test
    void anAnalystsGradeWinsOverTheRules() {
        report("the army", "ISRAEL", Stance.ACKNOWLEDGES, "ISRAEL", Map.of(Category.CIVILIANS_KILLED, 3L));

        assertThat(Assessor.assess(claims, Grade.DISCOUNTED).grade()).isEqualTo(Grade.DISCOUNTED);
    }

    private Assessment assess() { return Assessor.assess(claims, null); }

    /** A report of its own document, sentence and text: independent unless its named source says otherwise. */
    private void report(String who, String sourceActor, Stance stance, String perpetrator, Map<Category, Long> figures) {
        String sentence = who + " report " + (docs + 1);
        claims.add(sourced(claim(sentence, sourceActor, stance, perpetrator, figures), farApart(docs + 1)));
    }

    /** A fingerprint for text number {@code n}: distinct texts' fingerprints are many bits apart, as SimHash gives. */
    private static long farApart(long n) { return n * 0x9E3779B97F4A7C15L; }

    private SourcedClaim sourced(Claim c, long fingerprint) {
        docs++;
        return new SourcedClaim("doc" + docs + ":0", "doc" + docs, "outlet" + docs + ".example", null, fingerprint, c);
    }

    private static Claim claim(String sentence, String sourceActor, Stance stance, String perpetrator, Map<Category, Long> figures) {
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        figures.forEach((cat, n) -> counts.put(cat, new Count(n, n, n, n.toString(), null)));
        return new Claim("doc", Kind.INCIDENT, stance,
                sourceActor == null ? null : new ActorMention(sourceActor, sourceActor, null),
                perpetrator == null ? null : new ActorMention(perpetrator, perpetrator, null),
                EventType.AIRSTRIKE, null, null, counts, new Span(0, sentence.length(), sentence));
    }
}
