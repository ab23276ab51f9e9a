package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Incident;
import org.raqib.store.Store;

/** A deployment that reviews before publishing shows the public only what an editor published. */
class ReviewBeforePublishingTest {
    @TempDir
    Path dir;

    @Test
    void onlyPublishedIncidentsAndTheirClaimsArePublicAndAWithdrawalHidesOneByDefault() {
        new WebFixture(dir).close(); // raqib run on the samples
        try (Store store = Store.open(dir.resolve("data"))) {
            List<Incident> all = store.incidents().all();
            assertThat(all).hasSizeGreaterThan(2);
            Incident chosen = all.get(1);
            RecordSnapshot closed = new StoreRecordReader(store, false).current();
            assertThat(closed.incidents(IncidentFilter.ALL, null, 1000).incidents()).isEmpty();
            store.publication().set(chosen.id(), true, "erin", "checked against two sources");
            closed = new StoreRecordReader(store, false).current();
            assertThat(closed.incidents(IncidentFilter.ALL, null, 1000).incidents()).extracting(Incident::id).containsExactly(chosen.id());
            assertThat(closed.claims(ClaimFilter.of(new Params(java.util.Map.of())), null, 1000))
                    .allSatisfy(c -> assertThat(chosen.claimIds()).contains(c.id()));

            store.publication().set(chosen.id(), false, "erin", "a duplicate");
            RecordSnapshot open = new StoreRecordReader(store, true).current();
            assertThat(open.incidents(IncidentFilter.ALL, null, 1000).incidents()).hasSize(all.size() - 1)
                    .extracting(Incident::id).doesNotContain(chosen.id());
            assertThat(store.audit().about("incident:" + chosen.id())).extracting(e -> e.action()).containsSubsequence("publish", "unpublish");
        }
    }
}
