package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API against its own OpenAPI description: every documented route answers 200 with the
 * documented media type and the required fields of its schema, with no parameter and with
 * each documented example; documented errors (400, 404) come as JSON with the right status.
 */
class ApiTest {
    @TempDir
    static Path dir;

    static WebFixture site;
    static JsonNode spec;

    @BeforeAll
    static void start() {
        site = new WebFixture(dir);
        spec = site.json("/api/v1/openapi.json");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyDocumentedRouteAnswersAsDescribed() throws Exception {
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode get = e.getValue().get("get");
            String path = withPathParams(e.getKey());
            String type = get.get("responses").get("200").get("content").fieldNames().next();
            List<String> queries = new ArrayList<>();
            queries.add(required(get));
            for (JsonNode p : get.get("parameters")) {
                if (p.get("in").asText().equals("query") && p.has("example") && !p.get("required").asBoolean()) {
                    String q = required(get);
                    queries.add((q.isEmpty() ? "" : q + "&") + p.get("name").asText() + "="
                            + URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
                }
            }
            for (String q : queries) {
                String url = path + (q.isEmpty() ? "" : "?" + q);
                HttpResponse<String> r = site.get(url);
                assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(url).startsWith(type);
                JsonNode schema = get.get("responses").get("200").get("content").get(type).get("schema");
                if (schema.has("$ref")) {
                    JsonNode body = new ObjectMapper().readTree(r.body());
                    assertRequired(url, body, schema.get("$ref").asText());
                }
                checked.add(url);
            }
            if (get.get("responses").has("404")) {
                HttpResponse<String> r = site.get(e.getKey().replaceAll("\\{[^}]+}", "no-such-thing"));
                assertThat(r.statusCode()).isEqualTo(404);
                assertError(r);
            }
            for (JsonNode p : get.get("parameters")) {
                if (p.get("schema").has("enum") || p.get("schema").get("type").asText().equals("integer")) {
                    HttpResponse<String> r = site.get(path + "?" + p.get("name").asText() + "=not-a-value");
                    assertThat(r.statusCode()).as(path + " " + p.get("name")).isEqualTo(400);
                    assertError(r);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(30);
    }

    @Test
    void pagesOfIncidentsFollowTheCursorWithoutRepeatsOrGaps() {
        Set<String> seen = new HashSet<>();
        int total = site.json("/api/v1/incidents").get("count").asInt();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = site.json("/api/v1/incidents?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode i : page.get("data")) assertThat(seen.add(i.get("incident_id").asText())).isTrue();
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(total);
        assertThat(total).isEqualTo(8); // the seven sample incidents and the hostile report's
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersNarrowTheIncidentsAndTheExport() {
        JsonNode sy = site.json("/api/v1/incidents?country=SY");
        assertThat(sy.get("count").asInt()).isBetween(1, 7);
        for (JsonNode i : sy.get("data")) assertThat(i.get("country").asText()).isEqualTo("SY");
        JsonNode denied = site.json("/api/v1/incidents?stance=denied");
        assertThat(denied.get("data")).allSatisfy(i -> assertThat(i.get("accused_statement").asText()).isEqualTo("denied"));
        assertThat(denied.get("count").asInt()).isEqualTo(1);
        JsonNode one = site.json("/api/v1/incidents/" + denied.get("data").get(0).get("incident_id").asText());
        assertThat(one.get("claims").size()).isEqualTo(4);
        assertThat(one.get("claims").get(0).get("evidence").get("text").asText()).isNotEmpty();
        String csv = site.get("/api/v1/export?format=csv&stance=denied").body();
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains(denied.get("data").get(0).get("incident_id").asText());
        JsonNode box = site.json("/api/v1/incidents?bbox=34,31,35,32");
        assertThat(box.get("data")).allSatisfy(i -> assertThat(i.get("admin1").asText()).isEqualTo("Khan Yunis"));
        assertThat(box.get("count").asInt()).isEqualTo(1);
    }

    @Test
    void errorsAreJsonWithTheirStatusAndNoStackTrace() {
        HttpResponse<String> unknown = site.get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertError(unknown);
        HttpResponse<String> tooLong = site.get("/api/v1/incidents?admin1=" + "x".repeat(Params.MAX_LENGTH + 1));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertError(tooLong);
        HttpResponse<String> bigPage = site.get("/api/v1/incidents?limit=100000");
        assertThat(bigPage.statusCode()).isEqualTo(400);
        HttpResponse<String> noQuery = site.get("/api/v1/search");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertError(noQuery);
        HttpResponse<String> badCursor = site.get("/api/v1/incidents?cursor=not-a-cursor");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        HttpResponse<String> post = postTo("/api/v1/incidents");
        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(post.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> postTo(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(site.base() + path)).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        try {
            JsonNode e = new ObjectMapper().readTree(r.body());
            assertThat(e.get("status").asInt()).isEqualTo(r.statusCode());
            assertThat(e.get("error").asText()).isNotBlank();
        } catch (Exception ex) {
            throw new AssertionError("not a JSON error: " + r.body(), ex);
        }
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** Path parameters taken from the record itself: the first incident and document the API lists. */
    private static String withPathParams(String path) {
        String id = site.json("/api/v1/incidents?limit=1").get("data").get(0).get("incident_id").asText();
        String sha = site.json("/api/v1/documents?limit=1").get("data").get(0).get("sha256").asText();
        return path.replace("{id}", id).replace("{sha256}", sha);
    }

    /** The required query parameters with their examples (e.g. the export's format). */
    private static String required(JsonNode get) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : get.get("parameters")) {
            if (p.get("in").asText().equals("query") && p.get("required").asBoolean()) {
                if (!q.isEmpty()) q.append('&');
                q.append(p.get("name").asText()).append('=').append(URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static void assertRequired(String url, JsonNode body, String ref) {
        JsonNode schema = spec.at(ref.substring(1));
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        for (String field : required) assertThat(body.has(field)).as(url + " has '" + field + "'").isTrue();
        // the items of a page follow their own schema
        JsonNode items = schema.path("properties").path("data").path("items").path("$ref");
        if (!items.isMissingNode()) for (JsonNode item : body.get("data")) assertRequired(url, item, items.asText());
    }
}
