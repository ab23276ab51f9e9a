package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.accounts.Role;
import org.raqib.model.SourcedClaim;
import org.raqib.resolve.place.Gazetteer;

/** The place field's suggestions: the gazetteer by what is typed, the endpoint's answers, and coordinates kept on a correction. */
class PlaceSuggestionsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static WebFixture site;
    static String cookie, csrf;

    @BeforeAll
    static void start() {
        site = new WebFixture(dir);
        WebFixture.Signed nadia = site.signedIn("nadia", Role.ANALYST);
        cookie = nadia.cookie();
        csrf = nadia.csrf();
    }

    @AfterAll
    static void stop() { site.close(); }

    /** A small gazetteer of our own: two places share a name in two divisions; a third has it as a later word. */
    private static PlaceSuggestions small() throws Exception {
        String tsv = String.join("\n",
                "# raqib gazetteer v1",
                "1\tXX\t01\tNorth\tPPL\t5000\t10.0\t20.0\tKafr Ruma\tكفر روما",
                "2\tXX\t02\tSouth\tPPL\t90000\t11.0\t21.0\tKafr Ruma\tكفر روما",
                "3\tXX\t02\tSouth\tPPLA\t250000\t12.0\t22.0\tTell Kafr\tتل كفر",
                "4\tXX\t01\tNorth\tPPL\t100\t13.0\t23.0\tKafrun\tكفرون|الكفرون");
        return new PlaceSuggestions(Gazetteer.read(new BufferedReader(new StringReader(tsv)), "test"));
    }

    @Test
    void namesStartingWithWhatWasTypedComeFirstTheLargestFirstThenAWordInside() throws Exception {
        PlaceSuggestions p = small();
        assertThat(p.find("kafr", 10)).extracting(PlaceSuggestions.Suggestion::name, PlaceSuggestions.Suggestion::admin1)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kafr Ruma", "South"), org.assertj.core.groups.Tuple.tuple("Kafr Ruma", "North"),
                        org.assertj.core.groups.Tuple.tuple("Kafrun", "North"), org.assertj.core.groups.Tuple.tuple("Tell Kafr", "South"));
        assertThat(p.find("كفر", 10)).extracting(PlaceSuggestions.Suggestion::name).containsExactly("كفر روما", "كفر روما", "كفرون", "تل كفر");
        assertThat(p.find("كفر", 2)).hasSize(2);
        // Arabic typed with another alef or hamza form still finds the place; what is typed is text, not a pattern
        assertThat(p.find("الكفرون", 10)).extracting(PlaceSuggestions.Suggestion::english).containsExactly("Kafrun");
        for (String meta : List.of(".*", "k.fr", "[k]", "(", "%", "_", "\\", "^kafr", "kafr$")) assertThat(p.find(meta, 10)).as(meta).isEmpty();
    }

    @Test
    void aNameStandsForAPlaceOnlyWhenOnePlaceHasIt() throws Exception {
        PlaceSuggestions p = small();
        assertThat(p.exact("Kafr Ruma", null, null)).as("two places").isEmpty();
        assertThat(p.exact("كفر روما", "North", "XX")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(1L));
        assertThat(p.exact("kafrun", null, null)).hasValueSatisfying(e -> assertThat(e.lat()).isEqualTo(13.0));
        assertThat(p.exact("Kafr", null, null)).isEmpty();
    }

    static HttpResponse<String> get(String path, String cookie) { return site.get(path, cookie); }

    private static JsonNode places(String q, String limit) throws Exception {
        HttpResponse<String> r = get("/api/places?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (limit == null ? "" : "&limit=" + limit), cookie);
        assertThat(r.statusCode()).as(q + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    @Test
    void theEndpointAnswersAnalystsWithNamesDivisionsAndPositionsWithinTheLimit() throws Exception {
        assertThat(get("/api/places?q=dou", null).statusCode()).as("anonymous").isEqualTo(401);
        JsonNode douma = places("دوم", null);
        assertThat(douma.get("places")).isNotEmpty();
        JsonNode first = douma.get("places").get(0);
        assertThat(first.get("name").asText()).startsWith("دوم");
        assertThat(first.get("country").asText()).matches("[A-Z]{2}");
        assertThat(first.has("admin1") && first.has("lat") && first.has("lon") && first.has("english")).isTrue();
        assertThat(places("a", null).get("places")).hasSize(10);
        assertThat(places("a", "3").get("places")).hasSize(3);
        assertThat(places("a", "20").get("places")).hasSize(20);
        for (String limit : List.of("0", "21", "-1", "abc", "1e2")) {
            assertThat(get("/api/places?q=a&limit=" + limit, cookie).statusCode()).as(limit).isEqualTo(400);
        }
        assertThat(get("/api/places", cookie).statusCode()).isEqualTo(400);
        assertThat(get("/api/places?q=" + "a".repeat(101), cookie).statusCode()).isEqualTo(400);
        // metacharacters are letters to find: whatever comes back holds them as typed (names with "(" do exist)
        for (String meta : List.of(".*", "%", "_", "' OR '1'='1", "[", "(", "\\", "$")) {
            for (JsonNode p : places(meta, null).get("places")) assertThat(p.get("name").asText().toLowerCase()).as(meta).contains(meta);
        }
        assertThat(places(".*", null).get("places")).isEmpty();
        assertThat(places("%", null).get("places")).isEmpty();
        // what was typed comes back as JSON text, whatever it holds
        String hostile = "<script>alert(1)</script>\"},{\"name\":\"x";
        JsonNode back = places(hostile, null);
        assertThat(back.get("q").asText()).isEqualTo(hostile);
        assertThat(back.get("places")).isEmpty();
    }

    @Test
    void aCorrectedPlaceChosenFromTheSuggestionsKeepsItsCoordinates() throws Exception {
        JsonNode douma = places("دوما", "1").get("places").get(0);
        SourcedClaim c = site.store.claims().all().stream().filter(x -> site.store.reviews().find(x.id()).isEmpty()).findFirst().orElseThrow();
        Map<String, String> form = Map.of("csrf", csrf, "action", "correct", "version", "0", "place", douma.get("name").asText(),
                "admin1", douma.get("admin1").asText(), "country", douma.get("country").asText());
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.base() + "/review/" + c.id())).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        var place = site.store.reviews().find(c.id()).orElseThrow().corrected().place();
        assertThat(place.name()).isEqualTo(douma.get("name").asText());
        assertThat(place.lat()).isEqualTo(douma.get("lat").asDouble());
        assertThat(place.lon()).isEqualTo(douma.get("lon").asDouble());
        assertThat(place.precision()).isEqualTo(1);
    }
}
