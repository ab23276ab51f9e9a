package org.raqib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raqib.extract.ClaimExtractor;
import org.raqib.input.Captured;
import org.raqib.link.IncidentIdentity;
import org.raqib.link.Linker;
import org.raqib.model.Claim;
import org.raqib.model.Document;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;

/** What every database behind the store must do; run on SQLite and on PostgreSQL. */
abstract class StoreContract {
    static final String TEXT_A = "قال المرصد السوري لحقوق الإنسان إن 11 مدنيا بينهم 4 أطفال قتلوا أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب.";
    static final String TEXT_B = "وأفادت مصادر محلية بمقتل 13 مدنيا في غارة روسية على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأحد.";

    abstract Store open();

    /** A plain JDBC connection to the same database, for what a program other than Raqib could do. */
    abstract Connection connect() throws SQLException;

    static ArchivedDocument doc(String id, String text, String published, String url) {
        byte[] raw = ("{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        Document d = new Document(id, url, LocalDate.parse(published), "ar", null, text);
        return ArchivedDocument.of(new Captured(d, raw, "application/x-ndjson"), null, null, Instant.parse("2019-05-13T08:00:00Z"));
    }

    @Test
    void storesTheSameBytesOnceAndKeepsThemVerifiable() {
        try (Store s = open()) {
            ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", "https://www.example.org/a");
            assertThat(s.archive().add(a)).isTrue();
            assertThat(s.archive().add(a)).isFalse();
            assertThat(s.archive().count()).isEqualTo(1);
            ArchivedDocument back = s.archive().find(a.sha256()).orElseThrow();
            assertThat(back.content()).isEqualTo(a.content());
            assertThat(back.verifies()).isTrue();
            assertThat(back.outlet()).isEqualTo("example.org");
            assertThat(back.document().text()).isEqualTo(TEXT_A);
            assertThat(s.archive().find(a.sha256().substring(0, 8)).orElseThrow().sha256()).isEqualTo(a.sha256());
            assertThat(s.archive().find("a")).isPresent();
        }
    }

    @Test
    void roundTripsClaimsWithTheirSpansAndIncidentsWithTheirAssessment() throws SQLException {
        try (Store s = open()) {
            ClaimExtractor x = new ClaimExtractor();
            for (ArchivedDocument d : List.of(doc("a", TEXT_A, "2019-05-13", null), doc("b", TEXT_B, "2019-05-13", null))) {
                s.archive().add(d);
                s.claims().replace(d, x.extract(d.document()), "rules-1");
            }
            List<SourcedClaim> claims = s.claims().all();
            assertThat(claims).hasSize(2);
            // linking knows when each page was captured, for pages that show no publication date
            assertThat(claims).allSatisfy(sc -> assertThat(sc.captured()).isEqualTo(LocalDate.parse("2019-05-13")));
            Claim c = claims.stream().filter(sc -> sc.claim().doc().equals("a")).findFirst().orElseThrow().claim();
            Claim fresh = x.extract(new Document("a", null, LocalDate.parse("2019-05-13"), "ar", null, TEXT_A)).getFirst();
            assertThat(c).isEqualTo(fresh);
            assertThat(c.counts().values()).allSatisfy(n -> assertThat(n.span()).isNotNull());

            List<Incident> incidents = Linker.link(claims, Map.of());
            s.incidents().replace(Set.of(), incidents, List.of(), claims.stream().map(SourcedClaim::id).toList());
            assertThat(s.incidents().all()).isEqualTo(incidents);
            assertThat(s.claims().unlinked()).isEmpty();
            try (Connection db = connect(); Statement st = db.createStatement();
                 var rs = st.executeQuery("SELECT json FROM claims UNION ALL SELECT json FROM incidents")) {
                while (rs.next()) {
                    // the contract's field names, not the model's reflection (no "empty", no camelCase)
                    assertThat(rs.getString(1)).doesNotContain("\"empty\"").doesNotContain("civiliansKilled")
                            .containsAnyOf("\"civilians_killed\":{\"low\"", "\"civilians_killed\":{\"min\"");
                }
            }
            assertThat(incidents).singleElement().satisfies(i -> assertThat(i.assessment().grade()).isEqualTo(Grade.FAIR));
        }
    }

    @Test
    void aMergedIncidentPointsToTheOneItWasMergedIntoAndItsIdIsNeverGivenAgain() {
        try (Store s = open()) {
            ClaimExtractor x = new ClaimExtractor();
            for (ArchivedDocument d : List.of(doc("a", TEXT_A, "2019-05-13", null), doc("b", TEXT_B, "2019-05-13", null))) {
                s.archive().add(d);
                s.claims().replace(d, x.extract(d.document()), "rules-1");
            }
            List<SourcedClaim> claims = s.claims().all();
            Incident one = Linker.incident("inc-one", List.of(claims.get(0)), null);
            Incident two = Linker.incident("inc-two", List.of(claims.get(1)), null);
            s.incidents().replace(Set.of(), List.of(one, two), List.of(
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.CREATED, "inc-one", null),
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.CREATED, "inc-two", null)),
                    claims.stream().map(SourcedClaim::id).toList());
            Incident both = Linker.incident("inc-two", claims, null);
            s.incidents().replace(Set.of("inc-one", "inc-two"), List.of(both), List.of(
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.MERGED, "inc-one", "inc-two")), List.of());

            assertThat(s.incidents().all()).containsExactly(both);
            assertThat(s.incidents().current("inc-one")).hasValue("inc-two");
            assertThat(s.incidents().current("inc-two")).hasValue("inc-two");
            assertThat(s.incidents().current("inc-never")).isEmpty();
            assertThat(s.incidents().taken("inc-one")).isTrue();
            assertThat(s.audit().about("incident:inc-one")).extracting(AuditEntry::action).containsExactly("created", "merged");
            assertThat(s.audit().about("incident:inc-one").getLast().details()).isEqualTo("merged into inc-two");
        }
    }

    @Test
    void streamsIncidentsWithTheirClaimsInOneOrderUndatedLast() {
        try (Store s = open()) {
            ClaimExtractor x = new ClaimExtractor();
            String undated = "قتل 6 مدنيين في قصف مدفعي على مدينة دوما في ريف دمشق.";
            List<ArchivedDocument> docs = List.of(doc("a", TEXT_A, "2019-05-13", "https://www.example.org/a"),
                    doc("b", TEXT_B, "2019-05-13", null), doc("c", TEXT_A.replace("11", "17").replace("كفرنبل", "سراقب"), "2019-05-02", null),
                    ArchivedDocument.of(new Captured(Document.of("d", undated), undated.getBytes(StandardCharsets.UTF_8), "text/plain"),
                            null, null, Instant.parse("2019-05-13T09:00:00Z")));
            for (ArchivedDocument d : docs) {
                s.archive().add(d);
                s.claims().replace(d, x.extract(d.document()), "rules-1");
            }
            List<Incident> linked = Linker.link(s.claims().all(), Map.of());
            s.incidents().replace(Set.of(), linked, List.of(), List.of());

            List<Incidents.WithClaims> streamed = new ArrayList<>();
            s.incidents().forEachWithClaims(streamed::add);

            assertThat(streamed).extracting(Incidents.WithClaims::incident).isEqualTo(s.incidents().all());
            assertThat(streamed).hasSize(3);
            assertThat(streamed.get(0).incident().date().from()).isEqualTo(LocalDate.parse("2019-05-01"));
            assertThat(streamed.get(2).incident().date()).isNull();   // undated last, in every database
            Incidents.WithClaims kafranbel = streamed.get(1);
            assertThat(kafranbel.claims().keySet()).containsExactlyInAnyOrderElementsOf(kafranbel.incident().claimIds());
            assertThat(kafranbel.urls()).containsValue("https://www.example.org/a").hasSize(1);
        }
    }

    @Test
    void notesWhatWentWrongWhenADocumentWasRead() {
        try (Store s = open()) {
            ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
            s.archive().add(a);
            s.claims().replace(a, List.of(), "rules-1", "failed: StackOverflowError");
            assertThat(s.claims().note(a.sha256())).contains("failed: StackOverflowError");
            assertThat(s.claims().toExtract("rules-1")).isEmpty();
            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-2");
            assertThat(s.claims().note(a.sha256())).isEmpty();
        }
    }

    @Test
    void analystGradesSurviveRelinkingAndEveryChangeIsAudited() {
        try (Store s = open()) {
            ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
            s.archive().add(a);
            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-1");
            String id = Linker.link(s.claims().all(), s.grades().all()).getFirst().id();
            s.grades().set(id, Grade.DISCOUNTED, "analyst-1", "the village was empty that week");
            s.incidents().replace(Set.of(), Linker.link(s.claims().all(), s.grades().all()), List.of(), List.of());
            assertThat(s.incidents().find(id).orElseThrow().assessment().grade()).isEqualTo(Grade.DISCOUNTED);

            var log = s.audit().entries();
            assertThat(log).extracting(AuditEntry::action).containsExactly("ingest", "extract", "grade", "link");
            assertThat(log).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(log.get(2).actor()).isEqualTo("analyst-1");
            assertThat(log.get(2).details()).contains("discounted").contains("empty that week");
        }
    }

    @Test
    void remembersWhichExtractorReadEachDocument() {
        try (Store s = open()) {
            ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
            ArchivedDocument b = doc("b", TEXT_B, "2019-05-13", null);
            s.archive().add(a);
            s.archive().add(b);
            assertThat(s.claims().toExtract("rules-1")).containsExactlyInAnyOrder(a.sha256(), b.sha256());

            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-1");
            assertThat(s.claims().toExtract("rules-1")).containsExactly(b.sha256());
            // new rules have read nothing yet; reading again replaces the claims, not adds to them
            assertThat(s.claims().toExtract("rules-2")).containsExactlyInAnyOrder(a.sha256(), b.sha256());
            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-2");
            assertThat(s.claims().toExtract("rules-2")).containsExactly(b.sha256());
            assertThat(s.claims().count()).isEqualTo(1);
            assertThat(s.archive().bySha(a.sha256()).orElseThrow().document().text()).isEqualTo(TEXT_A);
            assertThat(s.archive().bySha(a.sha256().substring(0, 10))).isEmpty();
        }
    }

    @Test
    void reopeningKeepsEverything() {
        ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
        try (Store s = open()) {
            s.archive().add(a);
        }
        try (Store s = open()) {
            assertThat(s.archive().count()).isEqualTo(1);
            assertThat(s.audit().entries()).hasSize(1);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() throws Exception {
        try (Store s = open()) {
            s.archive().add(doc("a", TEXT_A, "2019-05-13", null));
        }
        try (Connection c = connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        try (Store s = open()) {
            assertThat(s.audit().entries()).singleElement().satisfies(e -> assertThat(e.actor()).isNotEqualTo("someone else"));
        }
    }

    /** Two processes writing at once (here two stores on two threads): each change lands once, numbered in turn. */
    @Test
    void twoWritersAtOnceLoseNothingAndNumberTheAuditInTurn() throws Exception {
        int perWriter = 200;
        // the writers' documents overlap by half: the same report arriving through two feeds
        List<List<ArchivedDocument>> work = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < perWriter; i++) {
            work.get(0).add(doc("d" + i, TEXT_A + " " + i, "2019-05-13", null));
            work.get(1).add(doc("d" + (i + perWriter / 2), TEXT_A + " " + (i + perWriter / 2), "2019-05-13", null));
        }
        try (Store first = open()) {
            first.archive().count(); // migrate once before the race
        }
        List<Boolean> added = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<ArchivedDocument> docs : work) {
                done.add(pool.submit(() -> {
                    try (Store s = open()) {
                        start.await();
                        for (ArchivedDocument d : docs) added.add(s.archive().add(d));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }

        int distinct = perWriter + perWriter / 2;
        assertThat(added).hasSize(2 * perWriter);
        assertThat(added.stream().filter(b -> b)).hasSize(distinct);
        try (Store s = open()) {
            assertThat(s.archive().count()).isEqualTo(distinct);
            assertThat(s.audit().entries()).extracting(AuditEntry::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, distinct).boxed().toList());
        }
    }

    @Test
    void sourcesAndTheArticleLinksTheyLedToAreKeptWithTheirStateAndAudited() {
        try (Store s = open()) {
            Sources.Source a = s.sources().add("https://example.org/feed", "Example", "SY", "rss", java.time.Duration.ofMinutes(30))
                    .orElseThrow();
            assertThat(s.sources().add("https://example.org/feed", null, null, "rss", java.time.Duration.ofMinutes(5))).isEmpty();
            Sources.Source b = s.sources().add("https://example.net/list", null, null, "auto", java.time.Duration.ofHours(1))
                    .orElseThrow();
            Instant t = Instant.parse("2026-12-01T08:00:00Z");
            assertThat(s.sources().polled(a.id(), t, "\"e1\"", null, List.of(new Sources.Listed("https://example.org/a/1", "2026-11-30"),
                    new Sources.Listed("https://example.org/a/2", null)), t.plusSeconds(1800))).isEqualTo(2);
            assertThat(s.sources().polled(b.id(), t, null, null, List.of(new Sources.Listed("https://example.org/a/1", null)),
                    t.plusSeconds(3600))).as("a link another source found first").isZero();
            assertThat(s.sources().pending(3)).extracting(Sources.Pending::url)
                    .containsExactly("https://example.org/a/1", "https://example.org/a/2");

            ArchivedDocument d = doc("https://example.org/a/1", TEXT_A, "2019-05-13", "https://example.org/a/1");
            assertThat(s.sources().fetched("https://example.org/a/1", d, "2026-11-30", "listing")).isTrue();
            s.sources().failed("https://example.org/a/2", "robots.txt forbids /a/2", true);
            assertThat(s.sources().pending(3)).isEmpty();
            assertThat(s.archive().count()).isEqualTo(1);
            assertThat(s.sources().article("https://example.org/a/1").orElseThrow())
                    .extracting(Sources.Article::state, Sources.Article::docSha, Sources.Article::publishedFrom)
                    .containsExactly("fetched", d.sha256(), "listing");
            s.sources().pollFailed(b.id(), t, "HTTP 503", t.plusSeconds(7200));
            assertThat(s.sources().byId(b.id()).orElseThrow()).satisfies(x -> {
                assertThat(x.failing()).isTrue();
                assertThat(x.lastError()).isEqualTo("HTTP 503");
            });
            assertThat(s.sources().due(t.plusSeconds(1800))).extracting(Sources.Source::id).containsExactly(a.id());
            assertThat(s.sources().stats()).first().satisfies(st -> {
                assertThat(st.articles()).isEqualTo(2);
                assertThat(st.fetched()).isEqualTo(1);
                assertThat(st.failed()).isEqualTo(1);
            });

            assertThat(s.sources().setEnabled(a.id(), false)).isTrue();
            assertThat(s.sources().due(t.plusSeconds(99999))).extracting(Sources.Source::id).containsExactly(b.id());
            assertThat(s.sources().remove(a.id())).isTrue();
            assertThat(s.sources().remove(a.id())).isFalse();
            Sources.Source c = s.sources().add("https://example.com/sitemap.xml", null, null, "sitemap", java.time.Duration.ofHours(1))
                    .orElseThrow();
            s.sources().polled(c.id(), t, null, null, List.of(new Sources.Listed("https://example.com/x/9", null)), t);
            assertThat(s.sources().remove(c.id())).isTrue();
            Sources.Source d2 = s.sources().add("https://example.com/other", null, null, "rss", java.time.Duration.ofHours(1))
                    .orElseThrow();
            assertThat(d2.id()).as("the id of a removed source that found articles is not given again").isGreaterThan(c.id());
            assertThat(s.audit().about("source:" + a.id())).extracting(AuditEntry::action)
                    .containsExactly("source-add", "source-disable", "source-remove");
        }
    }
}
