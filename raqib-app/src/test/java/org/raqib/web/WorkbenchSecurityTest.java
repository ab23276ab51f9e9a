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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.accounts.Role;
import org.raqib.model.SourcedClaim;

/** The workbench's security over the whole route table: roles, CSRF, session fixation, throttling, escaping, SQL. */
class WorkbenchSecurityTest {
    private static final String PASSWORD = "a long enough passphrase";

    @TempDir
    static Path dir;

    static WebFixture site;
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects

    @BeforeAll
    static void start() {
        site = new WebFixture(dir);
        for (Role r : List.of(Role.ANALYST, Role.EDITOR, Role.ADMIN)) {
            site.accounts.add(r.code() + "-1", r, PASSWORD.toCharArray(), "test");
        }
    }

    @AfterAll
    static void stop() { site.close(); }

    /** A signed-in browser: its session cookie and the CSRF token of its pages. */
    record Session(String cookie, String csrf) {
        static final Session NONE = new Session(null, null);
    }

    static Session signIn(String name, String password) {
        HttpResponse<String> form = send("GET", "/login", null, Map.of());
        String loginCookie = cookie(form, Access.LOGIN_COOKIE);
        String token = hidden(form.body(), "csrf");
        HttpResponse<String> r = send("POST", "/login", Access.LOGIN_COOKIE + "=" + loginCookie,
                Map.of("csrf", token, "name", name, "password", password));
        if (r.statusCode() != 303) return new Session(null, "status " + r.statusCode());
        String session = cookie(r, Access.SESSION_COOKIE);
        HttpResponse<String> queue = send("GET", "/review", Access.SESSION_COOKIE + "=" + session, Map.of());
        return new Session(Access.SESSION_COOKIE + "=" + session, hidden(queue.body(), "csrf"));
    }

    static HttpResponse<String> send(String method, String path, String cookie, Map<String, String> form) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base() + path));
            if (cookie != null) b.header("Cookie", cookie);
            if (method.equals("GET")) {
                b.GET();
            } else {
                String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
                b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String cookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith(name + "=")) return h.substring(name.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';'));
        }
        return null;
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static SourcedClaim someClaim() {
        return site.store.claims().all().stream().filter(c -> site.store.reviews().find(c.id()).isEmpty()).findFirst().orElseThrow();
    }

    private static String concrete(String path, String claimId) {
        String incident = site.store.incidents().all().getFirst().id();
        String doc = site.store.claims().all().getFirst().docSha();
        return path.replace("{id}", path.startsWith("/review") || path.startsWith("/claims/") ? claimId : incident).replace("{sha256}", doc);
    }

    @Test
    void analystsSeeTheWatchedSourcesAndTheirStateEscaped() {
        site.store.sources().add("https://local-news.example/feed.xml", "<i>Local</i> news", "SY", "rss",
                java.time.Duration.ofHours(1));
        assertThat(send("GET", "/sources", null, Map.of()).statusCode()).isNotEqualTo(200);
        Session s = signIn("analyst-1", PASSWORD);
        HttpResponse<String> page = send("GET", "/sources", s.cookie(), Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("https://local-news.example/feed.xml").contains("&lt;i&gt;Local&lt;/i&gt; news")
                .doesNotContain("<i>Local");
    }

    @Test
    void theIncidentPageLeadsAnalystsToItsHistoryAndNobodyElse() {
        SourcedClaim c = someClaim();
        String incident = site.store.incidents().ofClaims(List.of(c.id())).get(c.id());
        String link = "href=\"/incidents/" + incident + "/history\"";
        HttpResponse<String> asAnalyst = send("GET", "/incidents/" + incident, signIn("analyst-1", PASSWORD).cookie(), Map.of());
        assertThat(asAnalyst.statusCode()).isEqualTo(200);
        assertThat(asAnalyst.body()).contains(link);
        HttpResponse<String> asVisitor = send("GET", "/incidents/" + incident, null, Map.of());
        assertThat(asVisitor.statusCode()).isEqualTo(200); // this deployment publishes every incident
        assertThat(asVisitor.body()).doesNotContain(link);
    }

    @Test
    void anIncidentsHistoryShowsAnalystsWhoChangedWhatAndWhy() {
        Session s = signIn("analyst-1", PASSWORD);
        SourcedClaim c = someClaim();
        String incident = site.store.incidents().ofClaims(List.of(c.id())).get(c.id());
        assertThat(send("POST", "/review/" + c.id(), s.cookie(), Map.of("csrf", s.csrf(), "action", "accept", "version", "0",
                "reason", "<b>read the whole report</b>")).statusCode()).isEqualTo(303);
        HttpResponse<String> page = send("GET", "/incidents/" + incident + "/history", s.cookie(), Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("analyst-1").contains("review").contains("claim:" + c.id())
                .contains("&lt;b&gt;read the whole report&lt;/b&gt;").doesNotContain("<b>read");
        assertThat(send("GET", "/incidents/" + incident + "/history", null, Map.of()).statusCode()).isEqualTo(302);
        // an editor grades it on the CLI's path: audited with before, after and why, and shown here
        Session e = signIn("editor-1", PASSWORD);
        assertThat(send("POST", "/incidents/" + incident + "/grade", e.cookie(), Map.of("csrf", e.csrf(), "grade", "contested",
                "reason", "the two outlets disagree")).statusCode()).isEqualTo(303);
        assertThat(site.store.grades().all()).containsEntry(incident, org.raqib.model.Grade.CONTESTED);
        assertThat(send("GET", "/incidents/" + incident + "/history", s.cookie(), Map.of()).body()).contains("editor-1")
                .contains("contested").contains("the two outlets disagree");
        assertThat(send("POST", "/incidents/" + incident + "/grade", e.cookie(), Map.of("csrf", e.csrf(), "grade", "contested"))
                .statusCode()).as("no reason").isEqualTo(400);
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheRouteTableSays() {
        Map<String, String> refused = new LinkedHashMap<>();
        for (Routes.Route route : site.server.routes()) {
            for (Role role : Role.values()) {
                Session s = role == Role.ANONYMOUS ? Session.NONE : signIn(role.code() + "-1", PASSWORD);
                String method = route.method().name();
                Map<String, String> form = new LinkedHashMap<>();
                if (s.csrf() != null) form.put("csrf", s.csrf());
                if (route.path().endsWith("/grade")) {
                    form.put("grade", "weak");
                    form.put("reason", "one source only");
                }
                if (route.path().endsWith("/publish")) form.put("action", "publish");
                if (route.path().startsWith("/review/")) {
                    form.put("action", "accept");
                    form.put("version", "0");
                }
                if (route.path().equals("/login")) continue; // the sign-in itself is tested below
                HttpResponse<String> r = send(method, concrete(route.path(), someClaim().id()), s.cookie(), form);
                boolean toLogin = r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").startsWith("/login");
                boolean denied = r.statusCode() == 401 || r.statusCode() == 403 || toLogin;
                boolean allowed = role.includes(route.role());
                if (denied == allowed) refused.put(method + " " + route.path() + " as " + role.code(), r.statusCode() + " " + r.body());
                assertThat(r.statusCode()).as(method + " " + route.path() + " as " + role.code()).isLessThan(500);
            }
        }
        assertThat(refused).isEmpty();
        assertThat(site.server.routes()).extracting(Routes.Route::path).contains("/review", "/review/{id}", "/login", "/logout",
                "/incidents/{id}/history", "/incidents/{id}/merge", "/claims/{id}/split", "/claims/{id}/move",
                "/incidents/{id}/grade-proposals", "/grade-proposals/{id}/accept", "/grade-proposals/{id}/decline");
    }

    @Test
    void aChangeWithoutTheSessionsFormTokenIsRefused() {
        Session s = signIn("analyst-1", PASSWORD);
        String id = someClaim().id();
        Map<String, String> form = new LinkedHashMap<>(Map.of("action", "reject", "version", "0"));
        assertThat(send("POST", "/review/" + id, s.cookie(), form).statusCode()).isEqualTo(403);
        form.put("csrf", "forged");
        assertThat(send("POST", "/review/" + id, s.cookie(), form).statusCode()).isEqualTo(403);
        // another analyst's token does not do either
        form.put("csrf", signIn("editor-1", PASSWORD).csrf());
        assertThat(send("POST", "/review/" + id, s.cookie(), form).statusCode()).isEqualTo(403);
        assertThat(site.store.reviews().find(id)).isEmpty();
        form.put("csrf", s.csrf());
        assertThat(send("POST", "/review/" + id, s.cookie(), form).statusCode()).isEqualTo(303);
        assertThat(site.store.reviews().find(id)).hasValueSatisfying(r -> assertThat(r.reviewer()).isEqualTo("analyst-1"));
        // a sign-in form posted from elsewhere (no token cookie) is refused too
        assertThat(send("POST", "/login", null, Map.of("name", "analyst-1", "password", PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void signingInIssuesANewSessionIdAndThePlantedOneIsWorthNothing() {
        HttpResponse<String> form = send("GET", "/login", "raqib_session=planted-by-an-attacker", Map.of());
        String loginCookie = cookie(form, Access.LOGIN_COOKIE);
        HttpResponse<String> r = send("POST", "/login", "raqib_session=planted-by-an-attacker; " + Access.LOGIN_COOKIE + "=" + loginCookie,
                Map.of("csrf", hidden(form.body(), "csrf"), "name", "analyst-1", "password", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(303);
        String issued = cookie(r, Access.SESSION_COOKIE);
        assertThat(issued).isNotBlank().isNotEqualTo("planted-by-an-attacker");
        String header = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(Access.SESSION_COOKIE)).findFirst().orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(send("GET", "/review", "raqib_session=planted-by-an-attacker", Map.of()).statusCode()).isEqualTo(302);
        assertThat(send("GET", "/review", "raqib_session=" + issued, Map.of()).statusCode()).isEqualTo(200);
        // signing out ends the session on the server, not only in the browser
        Session s = new Session("raqib_session=" + issued, hidden(send("GET", "/review", "raqib_session=" + issued, Map.of()).body(), "csrf"));
        assertThat(send("POST", "/logout", s.cookie(), Map.of("csrf", s.csrf())).statusCode()).isEqualTo(303);
        assertThat(send("GET", "/review", s.cookie(), Map.of()).statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedWrongPasswordsBlockTheAccountEvenForTheRightOne() {
        site.accounts.add("target-1", Role.ANALYST, PASSWORD.toCharArray(), "test");
        for (int i = 0; i < 5; i++) assertThat(signIn("target-1", "wrong guess " + i).csrf()).isEqualTo("status 401");
        assertThat(signIn("target-1", PASSWORD).csrf()).isEqualTo("status 429");
    }

    @Test
    void hostileReportTextIsEscapedInTheReviewQueue() {
        Session s = signIn("analyst-1", PASSWORD);
        HttpResponse<String> r = send("GET", "/review?source=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8), s.cookie(), Map.of());
        assertThat(r.statusCode()).isLessThan(500);
        String page = send("GET", "/review", s.cookie(), Map.of()).body();
        assertThat(page).contains("data-claim=").doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;");
        assertThat(page.split("<script").length - 1).as("only the site's own scripts").isEqualTo(page.split("<script src=\"/static/js/").length - 1)
                .isEqualTo(2);
    }

    @Test
    void sqlMetacharactersInFiltersAndFormsAreDataNotCode() {
        Session s = signIn("editor-1", PASSWORD);
        long claims = site.store.claims().count();
        String evil = "x' OR '1'='1'; DROP TABLE claims; --";
        for (String filter : List.of("document", "stance", "kind", "source", "perpetrator", "country")) {
            HttpResponse<String> r = send("GET", "/review?" + filter + "=" + URLEncoder.encode(evil, StandardCharsets.UTF_8), s.cookie(), Map.of());
            assertThat(r.statusCode()).as(filter).isIn(200, 400);
        }
        String id = someClaim().id();
        for (String field : List.of("kind", "stance", "event_type", "source", "perpetrator", "date_from", "place", "admin1", "country",
                "civilians_killed.best", "reason")) {
            int version = site.store.reviews().find(id).map(r -> r.version()).orElse(0);
            Map<String, String> form = new LinkedHashMap<>(Map.of("csrf", s.csrf(), "action", "correct", "version", String.valueOf(version)));
            form.put(field, evil);
            int status = send("POST", "/review/" + id, s.cookie(), form).statusCode();
            assertThat(status).as(field).isIn(303, 400);
            if (field.equals("place")) {
                // free text is kept as text: the place name with quotes is saved as it was typed
                assertThat(status).isEqualTo(303);
                assertThat(site.store.reviews().find(id).orElseThrow().corrected().place().name()).isEqualTo(evil);
            }
        }
        assertThat(send("POST", "/review/" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8), s.cookie(),
                Map.of("csrf", s.csrf(), "action", "accept", "version", "0")).statusCode()).isEqualTo(404);
        assertThat(signIn("' OR '1'='1", "' OR '1'='1").csrf()).isEqualTo("status 401");
        assertThat(site.store.claims().count()).isEqualTo(claims);
    }

    @Test
    void anApiTokenActsWithItsUsersRoleAndNeedsNoFormToken() throws Exception {
        String token = site.accounts.issueToken("analyst-1", "script", "test");
        HttpRequest get = HttpRequest.newBuilder(URI.create(site.base() + "/review")).header("Authorization", "Bearer " + token).GET().build();
        assertThat(HTTP.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String id = someClaim().id();
        HttpRequest post = HttpRequest.newBuilder(URI.create(site.base() + "/review/" + id)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=accept&version=0")).build();
        assertThat(HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(303);
        HttpRequest forged = HttpRequest.newBuilder(URI.create(site.base() + "/review/" + id)).header("Authorization", "Bearer rqb_forged")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=accept&version=1")).build();
        assertThat(HTTP.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void theSecondOfTwoAnalystsSavingOneClaimIsShownTheFirstOnesChange() {
        Session a = signIn("analyst-1", PASSWORD), b = signIn("editor-1", PASSWORD);
        SourcedClaim c = someClaim();
        assertThat(send("POST", "/review/" + c.id(), a.cookie(), Map.of("csrf", a.csrf(), "action", "correct", "version", "0",
                "civilians_killed.best", "77", "civilians_killed.low", "77", "civilians_killed.high", "77")).statusCode()).isEqualTo(303);
        HttpResponse<String> second = send("POST", "/review/" + c.id(), b.cookie(), Map.of("csrf", b.csrf(), "action", "reject", "version", "0"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("analyst-1").contains("corrected").contains("civilians_killed 77");
        assertThat(site.store.reviews().find(c.id()).orElseThrow().status().code()).isEqualTo("corrected");
    }

    @Test
    void anEditorSplitsAClaimOutAndMovesItBackWithAReasonEachTime() {
        Session e = signIn("editor-1", PASSWORD);
        org.raqib.model.Incident home = site.store.incidents().all().stream().filter(i -> i.claimIds().size() >= 3)
                .findFirst().orElseThrow();
        String claim = home.claimIds().stream().sorted().toList().getLast();
        assertThat(send("POST", "/claims/" + claim + "/split", e.cookie(), Map.of("csrf", e.csrf())).statusCode())
                .as("no reason").isEqualTo(400);
        HttpResponse<String> split = send("POST", "/claims/" + claim + "/split", e.cookie(),
                Map.of("csrf", e.csrf(), "reason", "another strike the same day"));
        assertThat(split.statusCode()).isEqualTo(303);
        String apart = site.store.incidents().ofClaims(List.of(claim)).get(claim);
        assertThat(apart).isNotEqualTo(home.id());
        assertThat(split.headers().firstValue("Location")).hasValue("/incidents/" + apart + "/history");
        assertThat(site.store.publication().decisions()).containsEntry(apart, false);
        assertThat(site.store.incidents().find(home.id()).orElseThrow().claimIds()).doesNotContain(claim);

        Map<String, String> move = new LinkedHashMap<>(Map.of("csrf", e.csrf(), "reason", "it was the same strike after all"));
        move.put("incident", "inc-no-such-incident");
        assertThat(send("POST", "/claims/" + claim + "/move", e.cookie(), move).statusCode()).isEqualTo(400);
        move.put("incident", apart);
        assertThat(send("POST", "/claims/" + claim + "/move", e.cookie(), move).statusCode()).as("where it is").isEqualTo(400);
        move.put("incident", home.id());
        assertThat(send("POST", "/claims/" + claim + "/move", e.cookie(), move).statusCode()).isEqualTo(303);
        assertThat(site.store.incidents().ofClaims(List.of(claim))).containsEntry(claim, home.id());
        assertThat(site.store.audit().entries()).filteredOn(x -> x.entity().contains(claim)).extracting(org.raqib.store.AuditEntry::details)
                .anyMatch(d -> d.contains("it was the same strike after all"));

        assertThat(send("POST", "/incidents/" + home.id() + "/merge", e.cookie(), Map.of("csrf", e.csrf(), "other", home.id(),
                "reason", "x")).statusCode()).as("with itself").isEqualTo(400);
        assertThat(send("POST", "/incidents/" + home.id() + "/merge", e.cookie(), Map.of("csrf", e.csrf(),
                "other", "' OR 1=1 --", "reason", "x")).statusCode()).isEqualTo(400);
        // an analyst sees the claims on the history page but no forms to change them
        Session a = signIn("analyst-1", PASSWORD);
        String page = send("GET", "/incidents/" + home.id() + "/history", a.cookie(), Map.of()).body();
        assertThat(page).contains("data-claim=\"" + claim + "\"").doesNotContain("/split\"").doesNotContain("merge-form");
        assertThat(send("POST", "/claims/" + claim + "/split", a.cookie(), Map.of("csrf", a.csrf(), "reason", "r")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAnalystProposesAGradeAndAnEditorAcceptsOrDeclinesIt() {
        Session a = signIn("analyst-1", PASSWORD), e = signIn("editor-1", PASSWORD);
        String incident = site.store.incidents().all().get(1).id();
        assertThat(send("POST", "/incidents/" + incident + "/grade", a.cookie(), Map.of("csrf", a.csrf(), "grade", "discounted",
                "reason", "r")).statusCode()).as("an analyst grades only by proposing").isEqualTo(403);
        assertThat(send("POST", "/incidents/" + incident + "/grade-proposals", a.cookie(), Map.of("csrf", a.csrf(),
                "grade", "discounted")).statusCode()).as("no reason").isEqualTo(400);
        assertThat(send("POST", "/incidents/" + incident + "/grade-proposals", a.cookie(), Map.of("csrf", a.csrf(),
                "grade", "discounted", "reason", "<i>the village was empty</i>")).statusCode()).isEqualTo(303);
        assertThat(send("POST", "/incidents/" + incident + "/grade-proposals", a.cookie(), Map.of("csrf", a.csrf(),
                "grade", "weak", "reason", "one outlet only")).statusCode()).isEqualTo(303);
        List<org.raqib.store.GradeProposals.Proposal> open = site.store.gradeProposals().open().stream()
                .filter(p -> p.incidentId().equals(incident)).toList();
        assertThat(open).extracting(p -> p.grade().code()).containsExactly("discounted", "weak");
        assertThat(site.store.grades().all()).doesNotContainKey(incident);

        // editors see them on the history page, escaped, with the buttons; the analyst without them
        String editorPage = send("GET", "/incidents/" + incident + "/history", e.cookie(), Map.of()).body();
        assertThat(editorPage).contains("&lt;i&gt;the village was empty&lt;/i&gt;").contains("/grade-proposals/" + open.get(0).id() + "/accept");
        assertThat(send("GET", "/incidents/" + incident + "/history", a.cookie(), Map.of()).body()).contains("one outlet only")
                .doesNotContain("/accept\"");

        String accept = "/grade-proposals/" + open.get(0).id() + "/accept";
        assertThat(send("POST", accept, a.cookie(), Map.of("csrf", a.csrf())).statusCode()).isEqualTo(403);
        assertThat(send("POST", accept, e.cookie(), Map.of("csrf", e.csrf())).statusCode()).isEqualTo(303);
        assertThat(site.store.grades().all()).containsEntry(incident, org.raqib.model.Grade.DISCOUNTED);
        assertThat(site.store.incidents().find(incident).orElseThrow().assessment().grade()).isEqualTo(org.raqib.model.Grade.DISCOUNTED);
        assertThat(site.store.audit().about("incident:" + incident)).extracting(org.raqib.store.AuditEntry::action)
                .contains("grade-propose", "grade-accept", "grade");
        assertThat(send("POST", accept, e.cookie(), Map.of("csrf", e.csrf())).statusCode()).as("twice").isEqualTo(409);

        String decline = "/grade-proposals/" + open.get(1).id() + "/decline";
        assertThat(send("POST", decline, e.cookie(), Map.of("csrf", e.csrf(), "reason", "a second outlet confirmed it")).statusCode())
                .isEqualTo(303);
        assertThat(site.store.grades().all()).containsEntry(incident, org.raqib.model.Grade.DISCOUNTED);
        assertThat(site.store.gradeProposals().find(open.get(1).id()).orElseThrow().status())
                .isEqualTo(org.raqib.store.GradeProposals.Status.DECLINED);
        assertThat(send("POST", "/grade-proposals/" + URLEncoder.encode("' OR 1=1", StandardCharsets.UTF_8) + "/accept", e.cookie(), Map.of("csrf", e.csrf())).statusCode()).isIn(400, 404);
        assertThat(send("POST", "/grade-proposals/99999/accept", e.cookie(), Map.of("csrf", e.csrf())).statusCode()).isEqualTo(404);
    }
}
