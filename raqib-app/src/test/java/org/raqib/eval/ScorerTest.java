package org.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.raqib.eval.EvalReport.CountPair;
import org.raqib.eval.EvalReport.DocumentResult;
import org.raqib.json.ClaimJson;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Stance;

class ScorerTest {

    private final Scorer scorer = new Scorer();

    // ------------------------------------------------------------ builders

    /** An incident claim alleged by {@code source} (null = none) with the given category=best pairs. */
    private static Claim claim(String source, Object... categoryBest) {
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        for (int i = 0; i < categoryBest.length; i += 2) {
            counts.put((Category) categoryBest[i], Count.exact(((Number) categoryBest[i + 1]).longValue()));
        }
        return new Claim("d", Kind.INCIDENT, Stance.ALLEGES, source == null ? null : new ActorMention("مصدر", source),
                null, EventType.AIRSTRIKE, null, null, counts, null);
    }

    private static Claim with(Claim c, DateRange date, Place place) {
        return new Claim(c.doc(), c.kind(), c.stance(), c.source(), c.perpetrator(), c.eventType(), date, place,
                c.counts(), c.evidence());
    }

    private static GoldDocument doc(String id, GoldClaim... gold) {
        return new GoldDocument(Document.of(id, "نص تجريبي"), List.of(gold), null);
    }

    private static GoldClaim gold(Claim c) { return new GoldClaim(c, Map.of(), "نص الدليل"); }

    private static GoldClaim gold(Claim c, String acceptJson) throws Exception {
        JsonNode a = ClaimJson.mapper().readTree(acceptJson);
        Map<String, List<JsonNode>> accept = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : a.properties()) {
            List<JsonNode> values = new ArrayList<>();
            e.getValue().forEach(values::add);
            accept.put(e.getKey(), values);
        }
        return new GoldClaim(c, accept, "نص الدليل");
    }

    private static Function<Document, List<Claim>> fixed(Map<String, List<Claim>> byDoc) {
        return d -> byDoc.getOrDefault(d.id(), List.of());
    }

    private static final Category K = Category.KILLED;
    private static final Category C = Category.CIVILIANS_KILLED;
    private static final Category I = Category.INJURED;

    // ------------------------------------------------------------ pairs

    @Test
    void countsTruePositivesFalsePositivesAndFalseNegativesOverDocuments() {
        GoldDocument a = doc("a", gold(claim("SOHR", K, 10, C, 8)), gold(claim("SOHR", I, 20)));
        GoldDocument b = doc("b", gold(claim("LOCAL", K, 4, C, 4)));
        Map<String, List<Claim>> extracted = Map.of(
                "a", List.of(claim("SOHR", K, 10, C, 7), claim("SOHR", I, 20), claim(null, K, 3)));

        EvalReport r = scorer.score(List.of(a, b), fixed(extracted));

        assertThat(r.tp()).isEqualTo(2);
        assertThat(r.fp()).isEqualTo(2);
        assertThat(r.fn()).isEqualTo(3);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.4);
        assertThat(r.f1()).isCloseTo(4.0 / 9, within(1e-12));
        DocumentResult ra = r.documents().get(0);
        assertThat(ra.missed()).containsExactly(new CountPair(C, 8));
        assertThat(ra.spurious()).containsExactly(new CountPair(K, 3), new CountPair(C, 7));
        assertThat(r.documents().get(1).missed()).containsExactly(new CountPair(K, 4), new CountPair(C, 4));
        assertThat(r.goldClaims()).isEqualTo(3);
        assertThat(r.extractedClaims()).isEqualTo(3);
    }

    @Test
    void pairsAreMatchedAsMultisets() {
        // two gold claims state killed=5; one extracted killed=5 matches only one of them
        EvalReport r = scorer.score(List.of(doc("a", gold(claim("SOHR", K, 5)), gold(claim("LOCAL", K, 5)))),
                fixed(Map.of("a", List.of(claim("SOHR", K, 5)))));
        assertThat(r.tp()).isEqualTo(1);
        assertThat(r.fp()).isZero();
        assertThat(r.fn()).isEqualTo(1);
        assertThat(r.documents().get(0).missed()).containsExactly(new CountPair(K, 5));
        assertThat(r.paired()).isEqualTo(1);
        assertThat(r.documents().get(0).unpaired()).hasSize(1).first().asString().startsWith("gold[1] [killed=5]");

        // and the other way round: one gold killed=5, extracted twice
        EvalReport twice = scorer.score(List.of(doc("a", gold(claim("SOHR", K, 5)))),
                fixed(Map.of("a", List.of(claim("SOHR", K, 5), claim("SOHR", K, 5)))));
        assertThat(twice.tp()).isEqualTo(1);
        assertThat(twice.fp()).isEqualTo(1);
        assertThat(twice.documents().get(0).spurious()).containsExactly(new CountPair(K, 5));
    }

    @Test
    void countsWithoutBestAreNotPairs() {
        Claim vague = new Claim("d", Kind.INCIDENT, Stance.ALLEGES, null, null, EventType.CLASH, null, null,
                Map.of(K, new Count(null, null, null, "عدد من القتلى", null)), null);
        EvalReport r = scorer.score(List.of(doc("a", gold(vague))), fixed(Map.of("a", List.of(vague))));
        assertThat(r.tp() + r.fp() + r.fn()).isZero();
        assertThat(r.f1()).isNaN();
        assertThat(r.paired()).isZero();
        assertThat(r.documents().get(0).unpaired()).containsExactly("gold[0] no stated pair «نص الدليل»");
    }

    // ------------------------------------------------------------ pairing

    @Test
    void pairsAGoldClaimWithTheExtractedClaimSharingMostPairs() {
        GoldDocument a = doc("a", gold(claim("SOHR", K, 10, C, 8, I, 20)));
        Claim sharesOne = claim("LOCAL", K, 10);
        Claim sharesTwo = claim("SOHR", C, 8, I, 20);

        EvalReport r = scorer.score(List.of(a), fixed(Map.of("a", List.of(sharesOne, sharesTwo))));

        assertThat(r.paired()).isEqualTo(1);
        assertThat(r.correct("source")).isEqualTo(1); // SOHR, so sharesTwo was chosen
        assertThat(r.accuracy("source")).isEqualTo(1.0);
        assertThat(r.tp()).isEqualTo(3);
    }

    @Test
    void theGoldClaimSharingMostGetsTheExtractedClaimEvenWhenLater() {
        GoldDocument a = doc("a", gold(claim("SOHR", K, 5)), gold(claim("LOCAL", K, 5, I, 2)));
        EvalReport r = scorer.score(List.of(a), fixed(Map.of("a", List.of(claim("LOCAL", K, 5, I, 2)))));
        assertThat(r.paired()).isEqualTo(1);
        assertThat(r.accuracy("source")).isEqualTo(1.0);
        assertThat(r.documents().get(0).unpaired()).singleElement().asString().startsWith("gold[0]");
    }

    @Test
    void tiesGoToTheEarlierGoldClaimThenTheEarlierExtractedClaim() {
        EvalReport goldTie = scorer.score(
                List.of(doc("a", gold(claim("SOHR", K, 5)), gold(claim("LOCAL", K, 5)))),
                fixed(Map.of("a", List.of(claim("LOCAL", K, 5)))));
        assertThat(goldTie.documents().get(0).wrong()).singleElement().asString()
                .isEqualTo("source: expected SOHR got LOCAL («نص الدليل»)");

        EvalReport extractedTie = scorer.score(
                List.of(doc("a", gold(claim("LOCAL", K, 5)))),
                fixed(Map.of("a", List.of(claim("SOHR", K, 5), claim("LOCAL", K, 5)))));
        assertThat(extractedTie.accuracy("source")).isZero();
    }

    // ------------------------------------------------------------ attributes

    @Test
    void scoresEveryAttributeOfAPairedClaim() {
        Claim g = new Claim("d", Kind.AGGREGATE, Stance.DENIES, new ActorMention("x", "UN"),
                new ActorMention("y", "ISIS"), EventType.EXPLOSION,
                new DateRange("أمس", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)),
                new Place("س", "س", "Nineveh", "IQ", null, null, 1), Map.of(K, Count.exact(9)), null);
        Claim e = new Claim("d", Kind.INCIDENT, Stance.ALLEGES, null, new ActorMention("z", "PMF"),
                EventType.SHELLING, new DateRange("أمس", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2)),
                new Place("س", "س", "Anbar", "IQ", null, null, 1), Map.of(K, Count.exact(9)), null);

        EvalReport r = scorer.score(List.of(doc("a", gold(g))), fixed(Map.of("a", List.of(e))));

        for (String a : Scorer.ATTRIBUTES) assertThat(r.accuracy(a)).as(a).isZero();
        assertThat(r.documents().get(0).wrong()).extracting(Object::toString).containsExactly(
                "kind: expected aggregate got incident («نص الدليل»)",
                "stance: expected denies got alleges («نص الدليل»)",
                "source: expected UN got null («نص الدليل»)",
                "perpetrator: expected ISIS got PMF («نص الدليل»)",
                "event_type: expected explosion got shelling («نص الدليل»)",
                "date: expected 2020-01-01..2020-01-02 got 2020-01-02 («نص الدليل»)",
                "place: expected Nineveh/IQ got Anbar/IQ («نص الدليل»)");
    }

    @Test
    void nullDateAndPlaceOnBothSidesAreRight() {
        Claim g = claim("SOHR", K, 3);
        // an unresolved date (no from/to) and a place without admin1/country count as not stated
        Claim e = with(claim("SOHR", K, 3), new DateRange("قبل أيام", null, null),
                new Place("الوادي", "الوادي", null, null, null, null, null));
        EvalReport r = scorer.score(List.of(doc("a", gold(g))), fixed(Map.of("a", List.of(e))));
        assertThat(r.accuracy("date")).isEqualTo(1.0);
        assertThat(r.accuracy("place")).isEqualTo(1.0);

        Claim placed = with(claim("SOHR", K, 3), null, new Place("ب", "ب", "Idlib", "SY", null, null, 1));
        EvalReport wrong = scorer.score(List.of(doc("a", gold(g))), fixed(Map.of("a", List.of(placed))));
        assertThat(wrong.documents().get(0).wrong()).singleElement().asString()
                .startsWith("place: expected null got Idlib/SY");
    }

    @Test
    void acceptsTheGoldClaimsAlternatives() throws Exception {
        Claim g = new Claim("d", Kind.INCIDENT, Stance.ALLEGES, new ActorMention("المرصد", "SOHR"),
                new ActorMention("طيران", "RUSSIA"), EventType.AIRSTRIKE,
                new DateRange("الأحد", LocalDate.of(2019, 3, 3), LocalDate.of(2019, 3, 3)),
                new Place("قرية", "قرية", "Idlib", "SY", null, null, 1), Map.of(K, Count.exact(6)), null);
        GoldClaim withAccept = gold(g, """
                {"source": [null], "perpetrator": ["SYRIA_GOV"], "event_type": ["shelling"],
                 "date": [{"from": "2019-03-02", "to": "2019-03-03"}],
                 "place": [{"admin1": "Hama", "country": "SY"}], "kind": ["aggregate"]}
                """);
        Claim alternatives = new Claim("d", Kind.AGGREGATE, Stance.ALLEGES, null,
                new ActorMention("قوات", "SYRIA_GOV"), EventType.SHELLING,
                new DateRange("يومي", LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 3)),
                new Place("بلدة", "بلدة", "Hama", "SY", null, null, 2), Map.of(K, Count.exact(6)), null);

        EvalReport r = scorer.score(List.of(doc("a", withAccept)), fixed(Map.of("a", List.of(alternatives))));
        for (String a : Scorer.ATTRIBUTES) assertThat(r.accuracy(a)).as(a).isEqualTo(1.0);

        // the gold value itself stays right, and a value in neither is wrong, the report listing both
        Claim other = new Claim("d", Kind.INCIDENT, Stance.ALLEGES, new ActorMention("وكالة", "MEDIA"),
                new ActorMention("طيران", "RUSSIA"), EventType.AIRSTRIKE, null,
                new Place("حلب", "حلب", "Aleppo", "SY", null, null, 1), Map.of(K, Count.exact(6)), null);
        EvalReport r2 = scorer.score(List.of(doc("a", withAccept)), fixed(Map.of("a", List.of(other))));
        assertThat(r2.documents().get(0).wrong()).extracting(Object::toString).containsExactly(
                "source: expected SOHR (or null) got MEDIA («نص الدليل»)",
                "date: expected 2019-03-03 (or 2019-03-02..2019-03-03) got null («نص الدليل»)",
                "place: expected Idlib/SY (or Hama/SY) got Aleppo/SY («نص الدليل»)");
        assertThat(r2.accuracy("kind")).isEqualTo(1.0);
    }

    @Test
    void acceptsANullDateOrPlace() throws Exception {
        Claim g = with(claim("SOHR", K, 2), new DateRange("اليوم", LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 2)),
                new Place("غزة", "غزة", "Gaza", "PS", null, null, 1));
        GoldClaim withAccept = gold(g, "{\"date\": [null], \"place\": [null]}");
        EvalReport r = scorer.score(List.of(doc("a", withAccept)), fixed(Map.of("a", List.of(claim("SOHR", K, 2)))));
        assertThat(r.accuracy("date")).isEqualTo(1.0);
        assertThat(r.accuracy("place")).isEqualTo(1.0);
    }

    @Test
    void goldClaimRejectsMalformedAccept() throws Exception {
        assertThatThrownBy(() -> gold(claim("SOHR", K, 1), "{\"perpetator\": [null]}"))
                .hasMessageContaining("perpetator");
        assertThatThrownBy(() -> gold(claim("SOHR", K, 1), "{\"place\": [\"Idlib\"]}"))
                .hasMessageContaining("accept.place");
        assertThatThrownBy(() -> gold(claim("SOHR", K, 1), "{\"date\": [{\"from\": \"2019-3-2\"}]}"))
                .hasMessageContaining("accept.date");
        assertThatThrownBy(() -> gold(claim("SOHR", K, 1), "{\"source\": [{\"actor\": \"SOHR\"}]}"))
                .hasMessageContaining("accept.source");
    }

    // ------------------------------------------------------------ report

    @Test
    void ratiosAreNaNWhenTheirDenominatorIsZero() {
        EvalReport nothing = scorer.score(List.of(doc("a", gold(claim("SOHR", K, 5)))), d -> List.of());
        assertThat(nothing.precision()).isNaN();
        assertThat(nothing.recall()).isZero();
        assertThat(nothing.f1()).isZero();
        assertThat(nothing.accuracy("kind")).isNaN();
        assertThat(nothing.table()).contains("0/0").contains("-");
        assertThatThrownBy(() -> nothing.accuracy("evidence")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableAndByDocAreReadable() {
        String longEvidence = "قال المرصد " + "ومصادر محلية ".repeat(20) + "إن 12 مدنيا قتلوا.";
        GoldDocument a = new GoldDocument(Document.of("doc-a", "نص"),
                List.of(new GoldClaim(claim("SOHR", C, 12, I, 4), Map.of(), longEvidence)), null);
        EvalReport r = scorer.score(List.of(a), fixed(Map.of("doc-a", List.of(claim(null, K, 5, I, 4)))));

        assertThat(r.table()).isEqualTo("""
                documents 1   gold claims 1   extracted claims 1   paired 1
                pairs        tp    fp    fn  precision  recall      f1
                              1     1     1      0.500   0.500   0.500
                attribute    correct/paired  accuracy
                kind                    1/1     1.000
                stance                  1/1     1.000
                source                  0/1     0.000
                perpetrator             1/1     1.000
                event_type              1/1     1.000
                date                    1/1     1.000
                place                   1/1     1.000
                """);

        String byDoc = r.byDoc();
        assertThat(byDoc).contains("doc-a  gold 1  extracted 1  paired 1  tp 1  fp 1  fn 1");
        assertThat(byDoc).contains("  - civilians_killed=12\n");
        assertThat(byDoc).contains("  + killed=5\n");
        assertThat(byDoc).contains("  source: expected SOHR got null («قال المرصد ومصادر");
        String shown = r.documents().get(0).wrong().get(0).evidence();
        assertThat(shown).hasSize(Scorer.EVIDENCE_CHARS).endsWith("…");
    }

    @Test
    void scoresPrecomputedClaimsByDocumentId() {
        List<GoldDocument> docs = List.of(doc("a", gold(claim("SOHR", K, 5))), doc("b", gold(claim("SOHR", K, 7))));
        Map<String, List<Claim>> byId = Map.of("a", List.of(claim("SOHR", K, 5)), "zzz", List.of(claim(null, K, 1)));
        EvalReport r = scorer.score(docs, byId);
        assertThat(Arrays.asList(r.tp(), r.fp(), r.fn())).containsExactly(1, 0, 1);
        assertThat(r.extractedClaims()).isEqualTo(1);
    }

    // ------------------------------------------------------------ accepted counts

    @Test
    void anAcceptedCountIsScoredWhenItIsTheOneExtracted() throws Exception {
        // gold: 23 killed, or 20 (a second figure the text gives); civilians 12, or not stated at all
        GoldClaim g = gold(claim("SOHR", K, 23, C, 12),
                "{\"killed\": [{\"low\": 20, \"best\": 20, \"high\": 20, \"text\": \"20 شخصا\"}],"
                        + " \"civilians_killed\": [null]}");
        DocumentResult alternative = scorer.scoreDocument(doc("a", g), List.of(claim("SOHR", K, 20)));
        assertThat(Arrays.asList(alternative.tp(), alternative.fp(), alternative.fn())).containsExactly(1, 0, 0);
        assertThat(alternative.paired()).isEqualTo(1);

        DocumentResult annotated = scorer.scoreDocument(doc("a", g), List.of(claim("SOHR", K, 23, C, 12)));
        assertThat(Arrays.asList(annotated.tp(), annotated.fp(), annotated.fn())).containsExactly(2, 0, 0);

        // neither figure extracted: the annotated one is missed; the civilians "may be absent" are not
        DocumentResult neither = scorer.scoreDocument(doc("a", g), List.of(claim("SOHR", K, 30)));
        assertThat(neither.missed()).containsExactly(new CountPair(K, 23));
        assertThat(neither.spurious()).containsExactly(new CountPair(K, 30));
    }

    @Test
    void twoGoldClaimsCannotBothTakeOneExtractedFigure() throws Exception {
        GoldClaim first = gold(claim(null, K, 5));
        GoldClaim second = gold(claim(null, K, 8), "{\"killed\": [{\"best\": 5}]}");
        DocumentResult r = scorer.scoreDocument(doc("a", first, second), List.of(claim(null, K, 5)));
        assertThat(r.tp()).isEqualTo(1);
        assertThat(r.missed()).containsExactly(new CountPair(K, 8));
    }

    @Test
    void aMalformedAcceptedCountIsRefusedOnReading() {
        assertThatThrownBy(() -> gold(claim(null, K, 5), "{\"killed\": [\"5\"]}"))
                .hasMessageContaining("accept.killed");
        assertThatThrownBy(() -> gold(claim(null, K, 5), "{\"killed\": [{\"best\": 5.5}]}"))
                .hasMessageContaining("accept.killed");
        assertThatThrownBy(() -> gold(claim(null, K, 5), "{\"kiled\": [null]}"))
                .hasMessageContaining("kiled");
    }
}
