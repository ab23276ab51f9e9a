package org.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Category;
import org.raqib.model.Count;
import org.raqib.model.Kind;

class GoldDocumentTest {

    // A made-up report in the corpus format: one incident claim with accepted alternatives.
    private static final String GOLD = """
            {"id": "t-01", "url": "https://example.org/t-01", "published": "2020-04-05", "lang": "ar",
             "title": null,
             "text": "قالت مصادر محلية إن أربعة مدنيين قتلوا بقصف مدفعي على بلدة السنديان أمس.",
             "gold": [
               {"kind": "incident", "stance": "alleges",
                "source": {"text": "مصادر محلية", "actor": "LOCAL"}, "perpetrator": null,
                "event_type": "shelling",
                "date": {"text": "أمس", "from": "2020-04-04", "to": "2020-04-04"},
                "place": {"text": "بلدة السنديان", "name": "السنديان", "admin1": "Hama", "country": "SY",
                          "lat": null, "lon": null, "precision": 1},
                "killed": null,
                "civilians_killed": {"low": 4, "best": 4, "high": 4, "text": "أربعة مدنيين"},
                "children_killed": null, "women_killed": null, "combatants_killed": null, "injured": null,
                "evidence_text": "قالت مصادر محلية إن أربعة مدنيين قتلوا بقصف مدفعي على بلدة السنديان أمس.",
                "accept": {"perpetrator": [null, "SYRIA_GOV"], "place": [{"admin1": "Idlib", "country": "SY"}],
                           "date": [{"from": "2020-04-03", "to": "2020-04-04"}]}}
             ],
             "notes": "the shelling's author is not named"}
            """;

    @Test
    void readsACorpusFile(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("t-01.json"), GOLD);
        GoldDocument g = GoldDocument.read(f);

        assertThat(g.id()).isEqualTo("t-01");
        assertThat(g.document().published()).isEqualTo(LocalDate.of(2020, 4, 5));
        assertThat(g.document().title()).isNull();
        assertThat(g.notes()).isEqualTo("the shelling's author is not named");
        assertThat(g.gold()).hasSize(1);
        GoldClaim c = g.gold().get(0);
        assertThat(c.claim().doc()).isEqualTo("t-01");
        assertThat(c.claim().kind()).isEqualTo(Kind.INCIDENT);
        assertThat(c.claim().evidence()).isNull();
        assertThat(c.claim().count(Category.CIVILIANS_KILLED)).isEqualTo(new Count(4L, 4L, 4L, "أربعة مدنيين", null));
        assertThat(c.evidenceText()).startsWith("قالت مصادر محلية");
        assertThat(c.accept()).containsOnlyKeys("perpetrator", "place", "date");
        assertThat(c.accepted("perpetrator")).hasSize(2);
        assertThat(c.accepted("perpetrator").get(0).isNull()).isTrue();
        assertThat(c.accepted("perpetrator").get(1).asText()).isEqualTo("SYRIA_GOV");
        assertThat(c.accepted("place").get(0).get("admin1").asText()).isEqualTo("Idlib");
        assertThat(c.accepted("kind")).isEmpty();
    }

    @Test
    void malformedFilesNameTheFile(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\", \"text\": ");
        assertThatThrownBy(() -> GoldDocument.read(broken))
                .isInstanceOf(IOException.class).hasMessageContaining("broken.json");

        Path badCode = Files.writeString(dir.resolve("bad-code.json"), GOLD.replace("\"shelling\"", "\"shellnig\""));
        assertThatThrownBy(() -> GoldDocument.read(badCode))
                .hasMessageContaining("bad-code.json").hasMessageContaining("gold[0]")
                .hasMessageContaining("event_type").hasMessageContaining("shellnig");

        Path badAccept = Files.writeString(dir.resolve("bad-accept.json"), GOLD.replace("\"accept\": {", "\"accept\": {\"plcae\": [null], "));
        assertThatThrownBy(() -> GoldDocument.read(badAccept))
                .hasMessageContaining("bad-accept.json").hasMessageContaining("plcae");

        Path noGold = Files.writeString(dir.resolve("input-only.json"), "{\"id\": \"x\", \"text\": \"نص\"}");
        assertThatThrownBy(() -> GoldDocument.read(noGold))
                .hasMessageContaining("input-only.json").hasMessageContaining("gold");
    }

    @Test
    void readsADirectorySortedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t-10.json"), GOLD.replace("\"t-01\"", "\"t-10\""));
        Files.writeString(dir.resolve("t-02.json"), GOLD.replace("\"t-01\"", "\"t-02\""));
        Files.writeString(dir.resolve("README.md"), "not gold");
        Files.createDirectory(dir.resolve("sub.json"));

        assertThat(GoldDocument.readDir(dir)).extracting(GoldDocument::id).containsExactly("t-02", "t-10");
    }

    @Test
    void aGoldFileScoresPerfectlyAgainstItsOwnClaims(@TempDir Path dir) throws IOException {
        GoldDocument g = GoldDocument.read(Files.writeString(dir.resolve("t-01.json"), GOLD));
        EvalReport r = new Scorer().score(List.of(g),
                d -> g.gold().stream().map(GoldClaim::claim).toList());
        assertThat(r.f1()).isEqualTo(1.0);
        for (String a : Scorer.ATTRIBUTES) assertThat(r.accuracy(a)).as(a).isEqualTo(1.0);
    }
}
