package org.raqib.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raqib.extract.ClaimExtractor;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Claim;
import org.raqib.model.Document;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;
import org.raqib.text.TextFingerprint;

/** Extracts and links linking.reports, in many orders, and checks the incidents. */
class LinkingCorpusTest {
    record Report(String id, String outlet, LocalDate published, String expected, String text) {}

    static List<Report> reports;
    static List<SourcedClaim> claims;

    @BeforeAll
    static void extract() throws Exception {
        reports = read();
        claims = new ArrayList<>();
        ClaimExtractor extractor = new ClaimExtractor();
        for (Report r : reports) {
            List<Claim> found = extractor.extract(new Document(r.id, null, r.published, "ar", null, r.text));
            assertThat(found).as("claims of report %s", r.id).isNotEmpty();
            for (int i = 0; i < found.size(); i++) {
                claims.add(new SourcedClaim(r.id + ":" + i, r.id, r.outlet, r.published, TextFingerprint.of(r.text), found.get(i)));
            }
        }
    }

    @Test
    void linksTheReportsOfEachIncidentAndNothingElseWhateverTheOrder() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Report r : reports) expected.computeIfAbsent(r.expected, k -> new TreeSet<>()).add(r.id);
        Set<Set<String>> want = new java.util.HashSet<>(expected.values());
        List<Incident> first = null;
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            List<SourcedClaim> order = new ArrayList<>(claims);
            if (round > 0) Collections.shuffle(order, random);
            List<Incident> incidents = Linker.link(order, Map.of());
            Set<Set<String>> got = incidents.stream()
                    .map(i -> i.claimIds().stream().map(c -> c.substring(0, c.indexOf(':'))).collect(Collectors.toCollection(TreeSet::new)))
                    .collect(Collectors.toSet());
            assertThat(got).as("incidents in round %d", round).isEqualTo(want);
            if (first == null) first = incidents;
            else assertThat(incidents).as("the same incidents, ids and assessments in round %d", round).isEqualTo(first);
        }
    }

    @Test
    void assessesAsCasualtyRecordersDo() {
        Map<String, Incident> byReport = new HashMap<>();
        for (Incident i : Linker.link(claims, Map.of())) {
            for (String c : i.claimIds()) byReport.put(c.substring(0, c.indexOf(':')), i);
        }
        Incident hajin = byReport.get("a1");
        // a1 and its copy a2 quote the Observatory: one source; the local sources of a3 are another
        assertThat(hajin.assessment().independentSources()).isEqualTo(2);
        assertThat(hajin.assessment().civiliansKilled().toString()).isEqualTo("17–40");
        assertThat(hajin.assessment().accused()).isEqualTo(AccusedStatement.DENIED);
        assertThat(hajin.assessment().grade()).isEqualTo(Grade.FAIR);
        assertThat(hajin.place().admin1()).isEqualTo("Deir ez-Zor");
        assertThat(hajin.date().from()).isEqualTo(LocalDate.of(2018, 11, 16));

        Incident khanYunis = byReport.get("b1");
        assertThat(khanYunis.assessment().accused()).isEqualTo(AccusedStatement.ACKNOWLEDGED);
        assertThat(khanYunis.assessment().grade()).isEqualTo(Grade.CONFIRMED);
        assertThat(khanYunis.assessment().killed().toString()).isEqualTo("12–14");
        // the army's own figure is a source of the civilian range and its assessment
        assertThat(khanYunis.assessment().civiliansKilled().toString()).isEqualTo("10");
        assertThat(khanYunis.assessment().acknowledgedCivilians().toString()).isEqualTo("10");
        assertThat(khanYunis.assessment().independentSources()).isEqualTo(3);
        assertThat(hajin.assessment().acknowledgedCivilians().isEmpty()).isTrue();

        assertThat(byReport.get("c1").assessment().grade()).isEqualTo(Grade.WEAK);
        assertThat(byReport.get("d1").assessment().killed().toString()).isEqualTo("24–32");
        assertThat(byReport.get("d1").assessment().grade()).isEqualTo(Grade.FAIR);
        assertThat(byReport.get("f1").assessment().grade()).isEqualTo(Grade.CONTESTED);
        assertThat(byReport.get("f1").assessment().perpetrators()).containsExactlyInAnyOrder("RUSSIA", "COALITION");
        // a tally and its syndicated copy: one source
        assertThat(byReport.get("g1").assessment().independentSources()).isEqualTo(1);
        assertThat(byReport.get("g1").kind().code()).isEqualTo("aggregate");
    }

    @Test
    void anAnalystGradeSurvivesRelinking() {
        String id = Linker.link(claims, Map.of()).getFirst().id();
        Incident again = Linker.link(claims, Map.of(id, Grade.DISCOUNTED)).getFirst();
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.assessment().grade()).isEqualTo(Grade.DISCOUNTED);
    }

    static List<Report> read() throws Exception {
        List<Report> out = new ArrayList<>();
        var in = LinkingCorpusTest.class.getResourceAsStream("linking.reports");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] head = null;
            StringBuilder text = new StringBuilder();
            for (String line : r.lines().toList()) {
                if (line.startsWith("#") && !line.startsWith("## ")) continue;
                if (line.startsWith("## ")) {
                    if (head != null) out.add(report(head, text));
                    head = line.substring(3).split("\\s*\\|\\s*");
                    text = new StringBuilder();
                } else if (head != null && !line.isBlank()) {
                    text.append(line).append('\n');
                }
            }
            if (head != null) out.add(report(head, text));
        }
        return out;
    }

    private static Report report(String[] head, StringBuilder text) {
        return new Report(head[0].strip(), head[1].strip(), LocalDate.parse(head[2].strip()), head[3].strip(), text.toString());
    }
}
