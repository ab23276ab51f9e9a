package org.raqib.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Span;
import org.raqib.model.Stance;

class ClaimJsonTest {

    // Made-up text: a strike on an invented village.
    private static final String TEXT = "قال ناشطون إن 7 مدنيين بينهم طفلان قتلوا بغارة على قرية الندى يوم الأحد.";

    private static Claim fullClaim() {
        return new Claim("t-1", Kind.INCIDENT, Stance.ALLEGES,
                new ActorMention("ناشطون", "LOCAL"), new ActorMention("طيران حربي", "RUSSIA"),
                EventType.AIRSTRIKE,
                new DateRange("يوم الأحد", LocalDate.of(2019, 3, 3), LocalDate.of(2019, 3, 3)),
                new Place("قرية الندى", "الندى", "Idlib", "SY", 35.9, 36.6, 1),
                Map.of(Category.CIVILIANS_KILLED, new Count(7L, 7L, 7L, "7 مدنيين", null),
                        Category.CHILDREN_KILLED, new Count(2L, 2L, 2L, "طفلان", null),
                        Category.INJURED, new Count(null, 10L, null, "نحو عشرة", null)),
                Span.of(TEXT, 0, TEXT.length()));
    }

    @Test
    void writesTheContractFieldsInOrder() {
        ObjectNode n = ClaimJson.toJson(fullClaim());
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("doc", "kind", "stance", "source", "perpetrator", "event_type", "date",
                "place", "killed", "civilians_killed", "children_killed", "women_killed", "combatants_killed",
                "injured", "evidence");
        assertThat(n.get("kind").asText()).isEqualTo("incident");
        assertThat(n.get("event_type").asText()).isEqualTo("airstrike");
        assertThat(n.get("date").get("from").asText()).isEqualTo("2019-03-03");
        assertThat(n.get("killed").isNull()).isTrue();
        assertThat(n.get("injured").get("low").isNull()).isTrue();
        assertThat(n.get("injured").get("best").asLong()).isEqualTo(10);
        assertThat(n.get("evidence").get("end").asInt()).isEqualTo(TEXT.length());
    }

    @Test
    void writesNullsExplicitlyAndArabicUnescaped() throws Exception {
        Claim c = new Claim("t-2", Kind.AGGREGATE, Stance.DENIES, null, null, EventType.UNKNOWN, null,
                new Place("الندى", "الندى", null, "SY", null, null, 3),
                Map.of(Category.KILLED, Count.exact(0)), null);
        String json = ClaimJson.mapper().writeValueAsString(ClaimJson.toJson(c));
        assertThat(json).isEqualTo("{\"doc\":\"t-2\",\"kind\":\"aggregate\",\"stance\":\"denies\","
                + "\"source\":null,\"perpetrator\":null,\"event_type\":\"unknown\",\"date\":null,"
                + "\"place\":{\"text\":\"الندى\",\"name\":\"الندى\",\"admin1\":null,\"country\":\"SY\","
                + "\"lat\":null,\"lon\":null,\"precision\":3},"
                + "\"killed\":{\"low\":0,\"best\":0,\"high\":0,\"text\":null},\"civilians_killed\":null,"
                + "\"children_killed\":null,\"women_killed\":null,\"combatants_killed\":null,\"injured\":null,"
                + "\"evidence\":null}");
    }

    @Test
    void roundTripsAClaim() throws Exception {
        Claim c = fullClaim();
        String json = ClaimJson.mapper().writeValueAsString(ClaimJson.toJson(c));
        assertThat(ClaimJson.fromJson(ClaimJson.mapper().readTree(json))).isEqualTo(c);
    }

    @Test
    void readsMissingFieldsAsNull() throws Exception {
        Claim c = ClaimJson.fromJson(ClaimJson.mapper().readTree("{\"kind\":\"incident\"}"));
        assertThat(c.doc()).isNull();
        assertThat(c.kind()).isEqualTo(Kind.INCIDENT);
        assertThat(c.stance()).isNull();
        assertThat(c.source()).isNull();
        assertThat(c.date()).isNull();
        assertThat(c.counts()).isEmpty();
        assertThat(c.evidence()).isNull();
    }

    @Test
    void readsAGoldClaimWithEvidenceTextAsNullEvidence() throws Exception {
        JsonNode n = ClaimJson.mapper().readTree("""
                {"kind": "incident", "stance": "alleges", "source": null,
                 "perpetrator": {"text": "مجهولون", "actor": "OTHER"}, "event_type": "explosion",
                 "date": {"text": "أمس", "from": "2020-01-01", "to": null}, "place": null,
                 "killed": {"low": 3, "best": 3, "high": null, "text": "3 على الأقل"},
                 "civilians_killed": null, "injured": {"low": null, "best": null, "high": null, "text": "عدد"},
                 "evidence_text": "انفجار أوقع 3 قتلى على الأقل."}
                """);
        Claim c = ClaimJson.fromJson(n);
        assertThat(c.evidence()).isNull();
        assertThat(c.perpetrator().actor()).isEqualTo("OTHER");
        assertThat(c.date().to()).isNull();
        assertThat(c.count(Category.KILLED)).isEqualTo(new Count(3L, 3L, null, "3 على الأقل", null));
        // a vague count is present with a null best, not dropped
        assertThat(c.count(Category.INJURED).best()).isNull();
        assertThat(c.best(Category.INJURED)).isNull();
    }

    @Test
    void rejectsMalformedValuesNamingTheField() throws Exception {
        assertThatThrownBy(() -> ClaimJson.fromJson(ClaimJson.mapper().readTree("{\"kind\":\"incidnet\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind").hasMessageContaining("incidnet");
        assertThatThrownBy(() -> ClaimJson.fromJson(ClaimJson.mapper().readTree("{\"killed\":{\"best\":\"38\"}}")))
                .hasMessageContaining("killed: best");
        assertThatThrownBy(() -> ClaimJson.fromJson(ClaimJson.mapper().readTree(
                "{\"date\":{\"from\":\"13/11/2018\"}}")))
                .hasMessageContaining("date: from");
    }

    @Test
    void mapperRejectsDuplicateKeys() {
        assertThatThrownBy(() -> ClaimJson.mapper().readTree("{\"kind\":\"incident\",\"kind\":\"aggregate\"}"))
                .hasMessageContaining("kind");
    }

    @Test
    void roundTripsADocument() {
        Document d = new Document("t-3", "https://example.org/a", LocalDate.of(2021, 5, 6), "ar", "عنوان", TEXT);
        assertThat(ClaimJson.documentFromJson(ClaimJson.toJson(d))).isEqualTo(d);
        Document bare = Document.of("t-4", "نص");
        ObjectNode n = ClaimJson.toJson(bare);
        assertThat(n.get("published").isNull()).isTrue();
        assertThat(ClaimJson.documentFromJson(n)).isEqualTo(bare);
    }

    @Test
    void documentNeedsIdAndText() throws Exception {
        assertThatThrownBy(() -> ClaimJson.documentFromJson(ClaimJson.mapper().readTree("{\"text\":\"x\"}")))
                .hasMessageContaining("id");
        assertThatThrownBy(() -> ClaimJson.documentFromJson(ClaimJson.mapper().readTree("{\"id\":\"d\"}")))
                .hasMessageContaining("text");
    }
}
