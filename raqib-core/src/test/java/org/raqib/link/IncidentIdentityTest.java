package org.raqib.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raqib.link.IncidentIdentity.Change;
import org.raqib.link.IncidentIdentity.ChangeKind;
import org.raqib.model.SourcedClaim;

/** Incidents keep their ids as reports join and leave; splits, merges and retirements are told. */
class IncidentIdentityTest {
    private static final LocalDate DAY = LocalDate.of(2019, 5, 12);

    private static SourcedClaim c(String id) {
        return LinkerTest.claim(id, LinkerTest.governorate(), DAY, "RUSSIA", 3);
    }

    @Test
    void aReportJoiningAnIncidentKeepsItsId() {
        var r = IncidentIdentity.assign(List.of(List.of(c("b"), c("a"), c("z"))), Map.of("b", "inc-old", "z", "inc-old"),
                Set.of("inc-old"), id -> id.equals("inc-old"));
        assertThat(r.incidents()).singleElement().satisfies(n -> assertThat(n.id()).isEqualTo("inc-old"));
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void aSplitKeepsTheIdWithTheLargerPartAndNamesTheNewOne() {
        var r = IncidentIdentity.assign(List.of(List.of(c("a")), List.of(c("b"), c("d"))),
                Map.of("a", "inc-1", "b", "inc-1", "d", "inc-1"), Set.of("inc-1"), id -> id.equals("inc-1"));
        assertThat(r.incidents().get(1).id()).isEqualTo("inc-1");
        String fresh = r.incidents().get(0).id();
        assertThat(fresh).isNotEqualTo("inc-1").startsWith("inc-");
        assertThat(r.changes()).containsExactly(new Change(ChangeKind.SPLIT, fresh, "inc-1"));
    }

    @Test
    void aMergeKeepsTheIdWithMostClaimsAndPointsTheOtherToIt() {
        Map<String, String> before = new HashMap<>(Map.of("a", "inc-1", "b", "inc-2", "d", "inc-2"));
        var r = IncidentIdentity.assign(List.of(List.of(c("a"), c("b"), c("d"))), before, Set.of("inc-1", "inc-2"),
                id -> id.startsWith("inc-"));
        assertThat(r.incidents()).singleElement().satisfies(n -> assertThat(n.id()).isEqualTo("inc-2"));
        assertThat(r.changes()).containsExactly(new Change(ChangeKind.MERGED, "inc-1", "inc-2"));
    }

    @Test
    void anIncidentWhoseClaimsAreAllGoneIsRetiredAndItsIdNeverReused() {
        String reused = IncidentIdentity.freshId("a", id -> false);
        var r = IncidentIdentity.assign(List.of(List.of(c("a"))), Map.of(), Set.of("inc-gone"),
                id -> id.equals("inc-gone") || id.equals(reused));
        assertThat(r.incidents().getFirst().id()).isNotEqualTo(reused).isNotEqualTo("inc-gone");
        assertThat(r.changes()).containsExactlyInAnyOrder(new Change(ChangeKind.CREATED, r.incidents().getFirst().id(), null),
                new Change(ChangeKind.RETIRED, "inc-gone", null));
    }

    @Test
    void newIncidentsAreNamedAsAFullLinkNamesThem() {
        List<SourcedClaim> group = List.of(c("m"), c("k"));
        var r = IncidentIdentity.assign(List.of(group), Map.of(), Set.of(), id -> false);
        assertThat(r.incidents().getFirst().id()).isEqualTo(Linker.incidentId("k"));
    }
}
