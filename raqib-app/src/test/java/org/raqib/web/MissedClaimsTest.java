package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.accounts.Role;
import org.raqib.model.Category;
import org.raqib.model.SourcedClaim;
import org.raqib.pipeline.Progress;
import org.raqib.store.ArchivedDocument;

/** An analyst adds a claim the extractor missed by its offsets in the archived text: checked, stored as theirs, linked, kept. */
class MissedClaimsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static WebFixture site;
    static String cookie, csrf;
    static ArchivedDocument doc;

    @BeforeAll
    static void start() {
        site = new WebFixture(dir);
        WebFixture.Signed nadia = site.signedIn("nadia", Role.ANALYST);
        cookie = nadia.cookie();
        csrf = nadia.csrf();
        String sha = site.store.claims().all().getFirst().docSha();
        doc = site.store.archive().bySha(sha).orElseThrow();
    }

    @AfterAll
    static void stop() { site.close(); }

    static HttpResponse<String> post(String path, Map<String, String> form) {
        try {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HTTP.send(HttpRequest.newBuilder(URI.create(site.base() + path)).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path, String cookie) { return site.get(path, cookie); }

    private static Map<String, String> form(int start, int end) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("csrf", csrf);
        f.put("start", String.valueOf(start));
        f.put("end", String.valueOf(end));
        f.put("killed.best", "3");
        return f;
    }

    private static String path() { return "/review/documents/" + doc.sha256() + "/claims"; }

    @Test
    void theDocumentsPageShowsItsTextAndTheFormToAnAnalystOnly() {
        HttpResponse<String> page = get("/review/documents/" + doc.sha256(), cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"doc-text\"").contains("/static/js/select-claim.js").contains("name=\"start\"")
                .contains("name=\"csrf\" value=\"" + csrf + "\"");
        assertThat(page.body().split("<script").length - 1).as("no inline script")
                .isEqualTo(page.body().split("<script src=\"/static/js/").length - 1).isEqualTo(2);
        assertThat(get("/review/documents/" + doc.sha256(), null).statusCode()).isEqualTo(302);
        assertThat(get("/review/documents/" + "0".repeat(64), cookie).statusCode()).isEqualTo(404);
        assertThat(get("/static/js/select-claim.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void offsetsOutsideTheTextEmptyBlankOrNotMatchingItAreRefusedAndNothingIsStored() {
        String text = doc.document().text();
        long claims = site.store.claims().count();
        int space = text.indexOf(' ');
        List<Map<String, String>> bad = List.of(
                form(5, 5), form(10, 4), form(0, text.length() + 1), form(space, space + 1));
        for (Map<String, String> f : bad) {
            assertThat(post(path(), f).statusCode()).as(f.toString()).isEqualTo(400);
        }
        for (String evil : List.of("-1", "1e3", "0x10", "' OR '1'='1", "99999999999", "")) {
            Map<String, String> f = form(0, 10);
            f.put("start", evil);
            assertThat(post(path(), f).statusCode()).as(evil).isEqualTo(400);
        }
        Map<String, String> mismatch = form(0, 10);
        mismatch.put("quote", "words the text does not have here");
        assertThat(post(path(), mismatch).statusCode()).isEqualTo(400);
        Map<String, String> noCounts = form(0, 10);
        noCounts.remove("killed.best");
        assertThat(post(path(), noCounts).statusCode()).isEqualTo(400);
        Map<String, String> noToken = form(0, 10);
        noToken.remove("csrf");
        assertThat(post(path(), noToken).statusCode()).isEqualTo(403);
        assertThat(site.store.claims().count()).isEqualTo(claims);
    }

    @Test
    void aClaimAddedByItsOffsetsIsTheAnalystsIsLinkedAndOutlivesReadingEveryDocumentAgain() {
        String text = doc.document().text();
        int start = text.indexOf(' ') + 1, end = Math.min(text.length(), start + 25);
        while (Character.isWhitespace(text.charAt(end - 1))) end--;
        Map<String, String> f = form(start, end);
        f.put("quote", text.substring(start, end));
        f.put("civilians_killed.best", "2");
        f.put("stance", "alleges");
        f.put("event_type", "shelling");
        f.put("place", "<b>دوما</b>");
        f.put("reason", "a second toll later in the report");
        HttpResponse<String> r = post(path(), f);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.indexOf("added=") + 6);
        SourcedClaim added = site.store.claims().byIds(List.of(id)).getFirst();
        assertThat(added.claim().evidence().start()).isEqualTo(start);
        assertThat(added.claim().evidence().text()).isEqualTo(text.substring(start, end));
        assertThat(added.claim().best(Category.KILLED)).isEqualTo(3L);
        assertThat(added.claim().best(Category.CIVILIANS_KILLED)).isEqualTo(2L);
        assertThat(added.claim().eventType().code()).isEqualTo("shelling");
        assertThat(site.store.claims().madeBy(id)).hasValue("nadia");
        assertThat(site.store.incidents().ofClaims(List.of(id))).as("linked at once").containsKey(id);
        String page = get(location, cookie).body();
        assertThat(page).contains("added by <bdi>nadia</bdi>").contains(id);

        synchronized (site.pipeline) {
            site.pipeline.extract(true, Progress.NONE);
            site.pipeline.relink();
        }
        assertThat(site.store.claims().byIds(List.of(id))).singleElement()
                .satisfies(c -> assertThat(c.claim().best(Category.CIVILIANS_KILLED)).isEqualTo(2L));
        assertThat(site.store.incidents().ofClaims(List.of(id))).containsKey(id);
        assertThat(site.store.reviews().needingAnotherLook()).extracting(x -> x.claimId()).doesNotContain(id);
    }
}
