package org.raqib.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Span;
import org.raqib.model.Stance;

/** The linker on claims made up here: dense days in one governorate, vague places, daily strikes. */
class LinkerTest {
    private static final LocalDate DAY = LocalDate.of(2019, 5, 12);

    @Test
    void aReportNamingOnlyTheGovernorateJoinsOneIncidentAndBridgesNone() {
        List<SourcedClaim> claims = List.of(
                claim("a", village("Kafranbel", 35.614, 36.564), DAY, "RUSSIA", 9),
                claim("b", village("Kafranbel", 35.614, 36.564), DAY, null, 7),
                claim("c", village("Jisr ash Shughur", 35.814, 36.320), DAY, "RUSSIA", 5),
                claim("d", governorate(), DAY, "RUSSIA", 5));
        assertThat(groupsOf(claims)).containsExactlyInAnyOrder(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void dailyStrikesOnOneVillageAreNotChainedIntoOneIncident() {
        List<SourcedClaim> claims = new ArrayList<>();
        for (int d = 0; d < 10; d++) claims.add(claim("day" + d, village("Saraqib", 35.864, 36.806), DAY.plusDays(d), "RUSSIA", 3 + d));
        List<List<String>> groups = groupsOf(claims);
        // with a day of slack, at most two neighbouring days share an incident
        assertThat(groups).hasSizeGreaterThanOrEqualTo(5).allSatisfy(g -> assertThat(g.size()).isLessThanOrEqualTo(2));
    }

    @Test
    void everyIncidentHoldsOnlyMutuallyCompatibleClaimsAndNoOrderChangesThem() {
        List<SourcedClaim> claims = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 400; i++) {
            Place place = switch (random.nextInt(6)) {
                case 0 -> governorate();
                case 1 -> null;
                default -> {
                    int v = random.nextInt(12);
                    yield village("v" + v, 35.5 + (v / 4) * 0.1, 36.5 + (v % 4) * 0.1);
                }
            };
            String perpetrator = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "RUSSIA" : "SYRIA_GOV";
            claims.add(claim(String.format("c%03d", i), place, DAY.plusDays(random.nextInt(6)), perpetrator, 1 + random.nextInt(20)));
        }
        List<Incident> first = Linker.link(claims, Map.of());
        for (Incident incident : first) {
            List<ClaimKeys> keys = incident.claimIds().stream()
                    .map(id -> new ClaimKeys(claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow())).toList();
            for (ClaimKeys a : keys) for (ClaimKeys b : keys) {
                assertThat(Compatibility.compatible(a, b)).as("%s and %s in %s", a.sourced.id(), b.sourced.id(), incident.id()).isTrue();
            }
        }
        for (int round = 0; round < 10; round++) {
            List<SourcedClaim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            assertThat(Linker.link(shuffled, Map.of())).isEqualTo(first);
        }
    }

    @Test
    void theSameSentenceMonthsApartIsAnotherEvent() {
        Span sameText = new Span(0, 20, "same words each time");
        SourcedClaim spring = claim("a", village("Kafranbel", 35.614, 36.564), DAY, "RUSSIA", 4, sameText);
        SourcedClaim copy = claim("b", null, DAY.plusDays(1), null, 4, sameText);
        SourcedClaim autumn = claim("c", null, DAY.plusMonths(5), null, 4, sameText);
        assertThat(groupsOf(List.of(spring, copy, autumn))).containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
    }

    @Test
    void aPageWithNoDateLinksOnTheDaysBeforeItsCapture() {
        // a dated report of the strike, and two pages that state no date and show no publication date
        SourcedClaim dated = claim("a", village("Kafranbel", 35.614, 36.564), DAY, "RUSSIA", 9);
        SourcedClaim capturedNextDay = undated("b", village("Kafranbel", 35.614, 36.564), null, DAY.plusDays(1), 11);
        SourcedClaim capturedWeekLater = undated("c", village("Kafranbel", 35.614, 36.564), null, DAY.plusDays(8), 4);
        SourcedClaim neither = undated("d", village("Kafranbel", 35.614, 36.564), null, null, 9);
        assertThat(groupsOf(List.of(dated, capturedNextDay, capturedWeekLater, neither)))
                .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"), List.of("d"));
    }

    @Test
    void anUndatedReportIsAboutItsPublicationDayOrTheTwoBeforeWithNoMoreSlack() {
        Place p = village("Kafranbel", 35.614, 36.564);
        SourcedClaim dated = claim("a", p, DAY, "RUSSIA", 9);
        // published three days after the strike: its window is DAY+1..DAY+3, no slack added to it
        assertThat(groupsOf(List.of(dated, undated("b", p, DAY.plusDays(3), null, 9)))).hasSize(2);
        assertThat(groupsOf(List.of(dated, undated("b", p, DAY.plusDays(2), null, 9)))).hasSize(1);
    }

    @Test
    void aCityNamingItsGovernoratePlacesNoCloserThanTheGovernorate() {
        // "in Baghdad" and "in Karrada" (a district the gazetteer does not locate): one strike at two precisions
        Place baghdad = new Place("بغداد", "بغداد", "Baghdad", "IQ", 33.34, 44.40, 1);
        Place karrada = new Place("حي الكرادة", "الكرادة", "Baghdad", "IQ", null, null, 1);
        Place shaab = new Place("حي الشعب", "الشعب", "Baghdad", "IQ", null, null, 1);
        assertThat(groupsOf(List.of(claim("a", baghdad, DAY, "ISIS", 100), claim("b", karrada, DAY, null, 120))))
                .containsExactly(List.of("a", "b"));
        // two districts neither of which is located stay apart
        assertThat(groupsOf(List.of(claim("a", karrada, DAY, "ISIS", 100), claim("b", shaab, DAY, null, 6)))).hasSize(2);
    }

    private static SourcedClaim undated(String id, Place place, LocalDate published, LocalDate captured, long civilians) {
        SourcedClaim c = claim(id, place, DAY, null, civilians);
        Claim noDate = new Claim(id, c.claim().kind(), c.claim().stance(), c.claim().source(), c.claim().perpetrator(),
                c.claim().eventType(), null, place, c.claim().counts(), c.claim().evidence());
        return new SourcedClaim(id, id, "outlet-" + id, published, id.hashCode(), noDate, captured);
    }

    static List<List<String>> groupsOf(List<SourcedClaim> claims) {
        Linker linker = new Linker();
        linker.addAll(claims);
        return linker.groups().stream().map(g -> g.stream().map(SourcedClaim::id).sorted().toList()).toList();
    }

    static Place village(String name, double lat, double lon) {
        return new Place(name, name, "Idlib", "SY", lat, lon, 1);
    }

    static Place governorate() {
        return new Place("ريف إدلب", null, "Idlib", "SY", null, null, 3);
    }

    static SourcedClaim claim(String id, Place place, LocalDate day, String perpetrator, long civilians) {
        return claim(id, place, day, perpetrator, civilians, new Span(0, id.length(), "evidence of " + id));
    }

    static SourcedClaim claim(String id, Place place, LocalDate day, String perpetrator, long civilians, Span evidence) {
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        counts.put(Category.CIVILIANS_KILLED, new Count(civilians, civilians, civilians, null, null));
        Claim c = new Claim(id, Kind.INCIDENT, Stance.ALLEGES, new ActorMention("LOCAL", "LOCAL"),
                perpetrator == null ? null : new ActorMention(perpetrator, perpetrator), EventType.AIRSTRIKE,
                new DateRange("day", day, day), place, counts, evidence);
        return new SourcedClaim(id, id, "outlet-" + id, day, id.hashCode(), c);
    }
}
