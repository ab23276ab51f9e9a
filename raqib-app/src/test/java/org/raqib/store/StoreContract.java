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
import org.junit.jupiter.api.Test;
import org.raqib.extract.ClaimExtractor;
import org.raqib.input.Captured;
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
            assertThat(s.addDocument(a)).isTrue();
            assertThat(s.addDocument(a)).isFalse();
            assertThat(s.documentCount()).isEqualTo(1);
            ArchivedDocument back = s.document(a.sha256()).orElseThrow();
            assertThat(back.content()).isEqualTo(a.content());
            assertThat(back.verifies()).isTrue();
            assertThat(back.outlet()).isEqualTo("example.org");
            assertThat(back.document().text()).isEqualTo(TEXT_A);
            assertThat(s.document(a.sha256().substring(0, 8)).orElseThrow().sha256()).isEqualTo(a.sha256());
            assertThat(s.document("a")).isPresent();
        }
    }

    @Test
    void roundTripsClaimsWithTheirSpansAndIncidentsWithTheirAssessment() {
        try (Store s = open()) {
            ClaimExtractor x = new ClaimExtractor();
            for (ArchivedDocument d : List.of(doc("a", TEXT_A, "2019-05-13", null), doc("b", TEXT_B, "2019-05-13", null))) {
                s.addDocument(d);
                s.replaceClaims(d.sha256(), x.extract(d.document()), "rules-1");
            }
            List<SourcedClaim> claims = s.claims();
            assertThat(claims).hasSize(2);
            Claim c = claims.stream().filter(sc -> sc.claim().doc().equals("a")).findFirst().orElseThrow().claim();
            Claim fresh = x.extract(new Document("a", null, LocalDate.parse("2019-05-13"), "ar", null, TEXT_A)).getFirst();
            assertThat(c).isEqualTo(fresh);
            assertThat(c.counts().values()).allSatisfy(n -> assertThat(n.span()).isNotNull());

            List<Incident> incidents = Linker.link(claims, Map.of());
            s.replaceIncidents(incidents);
            assertThat(s.incidents()).isEqualTo(incidents);
            assertThat(incidents).singleElement().satisfies(i -> assertThat(i.assessment().grade()).isEqualTo(Grade.FAIR));
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
                s.addDocument(d);
                s.replaceClaims(d.sha256(), x.extract(d.document()), "rules-1");
            }
            s.replaceIncidents(Linker.link(s.claims(), Map.of()));

            List<Store.IncidentClaims> streamed = new ArrayList<>();
            s.forEachIncident(streamed::add);

            assertThat(streamed).extracting(Store.IncidentClaims::incident).isEqualTo(s.incidents());
            assertThat(streamed).hasSize(3);
            assertThat(streamed.get(0).incident().date().from()).isEqualTo(LocalDate.parse("2019-05-01"));
            assertThat(streamed.get(2).incident().date()).isNull();   // undated last, in every database
            Store.IncidentClaims kafranbel = streamed.get(1);
            assertThat(kafranbel.claims().keySet()).containsExactlyInAnyOrderElementsOf(kafranbel.incident().claimIds());
            assertThat(kafranbel.urls()).containsValue("https://www.example.org/a").hasSize(1);
        }
    }

    @Test
    void notesWhatWentWrongWhenADocumentWasRead() {
        try (Store s = open()) {
            ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
            s.addDocument(a);
            s.replaceClaims(a.sha256(), List.of(), "rules-1", "failed: StackOverflowError");
            assertThat(s.extractionNote(a.sha256())).contains("failed: StackOverflowError");
            assertThat(s.documentsToExtract("rules-1")).isEmpty();
            s.replaceClaims(a.sha256(), new ClaimExtractor().extract(a.document()), "rules-2");
            assertThat(s.extractionNote(a.sha256())).isEmpty();
        }
    }

    @Test
    void analystGradesSurviveRelinkingAndEveryChangeIsAudited() {
        try (Store s = open()) {
            ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
            s.addDocument(a);
            s.replaceClaims(a.sha256(), new ClaimExtractor().extract(a.document()), "rules-1");
            String id = Linker.link(s.claims(), s.analystGrades()).getFirst().id();
            s.setAnalystGrade(id, Grade.DISCOUNTED, "analyst-1", "the village was empty that week");
            s.replaceIncidents(Linker.link(s.claims(), s.analystGrades()));
            assertThat(s.incident(id).orElseThrow().assessment().grade()).isEqualTo(Grade.DISCOUNTED);

            var log = s.auditLog();
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
            s.addDocument(a);
            s.addDocument(b);
            assertThat(s.documentsToExtract("rules-1")).containsExactlyInAnyOrder(a.sha256(), b.sha256());

            s.replaceClaims(a.sha256(), new ClaimExtractor().extract(a.document()), "rules-1");
            assertThat(s.documentsToExtract("rules-1")).containsExactly(b.sha256());
            // new rules have read nothing yet; reading again replaces the claims, not adds to them
            assertThat(s.documentsToExtract("rules-2")).containsExactlyInAnyOrder(a.sha256(), b.sha256());
            s.replaceClaims(a.sha256(), new ClaimExtractor().extract(a.document()), "rules-2");
            assertThat(s.documentsToExtract("rules-2")).containsExactly(b.sha256());
            assertThat(s.claimCount()).isEqualTo(1);
            assertThat(s.documentBySha(a.sha256()).orElseThrow().document().text()).isEqualTo(TEXT_A);
            assertThat(s.documentBySha(a.sha256().substring(0, 10))).isEmpty();
        }
    }

    @Test
    void reopeningKeepsEverything() {
        ArchivedDocument a = doc("a", TEXT_A, "2019-05-13", null);
        try (Store s = open()) {
            s.addDocument(a);
        }
        try (Store s = open()) {
            assertThat(s.documentCount()).isEqualTo(1);
            assertThat(s.auditLog()).hasSize(1);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() throws Exception {
        try (Store s = open()) {
            s.addDocument(doc("a", TEXT_A, "2019-05-13", null));
        }
        try (Connection c = connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        try (Store s = open()) {
            assertThat(s.auditLog()).singleElement().satisfies(e -> assertThat(e.actor()).isNotEqualTo("someone else"));
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
            first.documentCount(); // migrate once before the race
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
                        for (ArchivedDocument d : docs) added.add(s.addDocument(d));
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
            assertThat(s.documentCount()).isEqualTo(distinct);
            assertThat(s.auditLog()).extracting(AuditEntry::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, distinct).boxed().toList());
        }
    }
}
