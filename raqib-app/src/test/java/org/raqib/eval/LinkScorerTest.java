package org.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.raqib.eval.LinkScorer.LinkReport;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Stance;

class LinkScorerTest {

    private static final LocalDate DAY = LocalDate.parse("2015-08-16");

    private static Claim strike(String village, String admin1, LocalDate day, long killed) {
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        counts.put(Category.KILLED, Count.exact(killed));
        return new Claim(null, Kind.INCIDENT, Stance.ALLEGES, null, null, EventType.AIRSTRIKE,
                day == null ? null : new DateRange("", day, day),
                new Place(village, village, admin1, "SY", null, null, 1), counts, null);
    }

    private static GoldDocument doc(String id, LocalDate published, String label, Claim... claims) {
        List<GoldClaim> gold = java.util.Arrays.stream(claims).map(c -> new GoldClaim(c, Map.of(), null, label)).toList();
        return new GoldDocument(new Document(id, null, published, "ar", null, "نص"), gold, null, label);
    }

    /** The "extractor" hands back each document's gold claims, or what {@code override} says. */
    private static Function<Document, List<Claim>> extracting(List<GoldDocument> docs, Map<String, List<Claim>> override) {
        return d -> override.containsKey(d.id()) ? override.get(d.id())
                : docs.stream().filter(g -> g.id().equals(d.id())).findFirst().orElseThrow()
                        .gold().stream().map(GoldClaim::claim).toList();
    }

    private final GoldDocument a = doc("a", DAY, "douma", strike("دوما", "Rif Dimashq", DAY, 10));
    private final GoldDocument b = doc("b", DAY, "douma", strike("دوما", "Rif Dimashq", DAY, 12));
    private final GoldDocument c = doc("c", DAY, null, strike("حلب", "Aleppo", DAY, 5));
    private final List<GoldDocument> docs = List.of(a, b, c);

    @Test
    void countsCrossDocumentPairsByLabel() {
        LinkReport r = new LinkScorer().score(docs, extracting(docs, Map.of()), false);
        assertThat(List.of(r.tp(), r.fp(), r.fn())).containsExactly(1L, 0L, 0L);
        assertThat(r.f1()).isEqualTo(1.0);
    }

    @Test
    void aClaimLinkedIntoAnotherEventIsAFalsePositive() {
        // c's claim, extracted as if it were about the same village that day, joins a and b
        LinkReport r = new LinkScorer().score(docs,
                extracting(docs, Map.of("c", List.of(strike("دوما", "Rif Dimashq", DAY, 5)))), false);
        assertThat(List.of(r.tp(), r.fp(), r.fn())).containsExactly(1L, 2L, 0L);
        assertThat(r.precision()).isEqualTo(1.0 / 3);
    }

    @Test
    void anUnpairedGoldClaimIsLinkedToNothing() {
        LinkReport r = new LinkScorer().score(docs, extracting(docs, Map.of("b", List.of())), false);
        assertThat(List.of(r.tp(), r.fp(), r.fn())).containsExactly(0L, 0L, 1L);
        assertThat(r.recall()).isEqualTo(0.0);
    }

    @Test
    void pairsWithinOneDocumentAreNotScored() {
        GoldDocument both = doc("ab", DAY, "douma", strike("دوما", "Rif Dimashq", DAY, 10), strike("دوما", "Rif Dimashq", DAY, 12));
        LinkReport r = new LinkScorer().score(List.of(both), extracting(List.of(both), Map.of()), false);
        assertThat(List.of(r.tp(), r.fp(), r.fn())).containsExactly(0L, 0L, 0L);
        assertThat(r.f1()).isNaN();
    }

    @Test
    void theCaptureDayStandsInADayAfterPublicationOrTheLabelledEvent() {
        assertThat(LinkScorer.captureDay(a)).isEqualTo(DAY.plusDays(1));
        GoldDocument unpublished = doc("u", null, "market-2015-08-20", strike("دوما", "Rif Dimashq", null, 3));
        assertThat(LinkScorer.captureDay(unpublished)).isEqualTo(LocalDate.parse("2015-08-21"));
        GoldDocument unlabelled = doc("v", null, null, strike("دوما", "Rif Dimashq", DAY, 3), strike("دوما", "Rif Dimashq", null, 1));
        assertThat(LinkScorer.captureDay(unlabelled)).isEqualTo(DAY.plusDays(1));
        assertThat(LinkScorer.captureDay(doc("w", null, null, strike("دوما", "Rif Dimashq", null, 3)))).isNull();
    }
}
