package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.raqib.accounts.Role;
import org.raqib.model.Category;
import org.raqib.model.SourcedClaim;
import org.raqib.pipeline.Progress;
import org.raqib.store.ClaimReviews;

/**
 * The review queue in headless Chromium: an analyst signs in, corrects a count and sees the
 * public incident page follow; rejects a claim with the keyboard, and the rejection outlives
 * reading every document again. Skipped when Chromium is missing, except in CI.
 */
class WorkbenchBrowserTest {
    private static final String PASSWORD = "a long enough passphrase";

    @TempDir
    static Path dir;

    static WebFixture site;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.require();
        site = new WebFixture(dir);
        site.accounts.add("nadia", Role.ANALYST, PASSWORD.toCharArray(), "test");
        site.accounts.add("erin", Role.EDITOR, PASSWORD.toCharArray(), "test");
        browser = HeadlessChromium.start();
        browser.get(site.base() + "/review?lang=en");
        assertThat(browser.getCurrentUrl()).contains("/login");
        signIn("nadia");
    }

    private static void signIn(String name) {
        if (!browser.getCurrentUrl().contains("/login")) browser.get(site.base() + "/login?lang=en");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/review"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @Test
    void anAnalystCorrectsACountAndThePublicIncidentPageFollows() throws Exception {
        SourcedClaim claim = site.store.claims().all().stream().filter(c -> c.claim().count(Category.CIVILIANS_KILLED) != null)
                .filter(c -> site.store.reviews().find(c.id()).isEmpty()).findFirst().orElseThrow();
        browser.get(site.base() + "/review?lang=en");
        WebElement item = browser.findElement(By.cssSelector("article[data-claim='" + claim.id() + "']"));
        assertThat(item.findElement(By.cssSelector("mark.evidence")).getText()).isNotBlank();
        for (String bound : List.of("low", "best", "high")) {
            WebElement input = item.findElement(By.name("civilians_killed." + bound));
            input.clear();
            input.sendKeys("987");
        }
        HeadlessChromium.screenshot(browser, "review-queue");
        item.findElement(By.cssSelector("button.correct")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("article[data-claim='" + claim.id() + "']")).isEmpty());
        assertThat(site.store.reviews().find(claim.id()).orElseThrow().reviewer()).isEqualTo("nadia");

        String incident = site.store.incidents().ofClaims(List.of(claim.id())).get(claim.id());
        assertThat(incident).isNotNull();
        // the public page reads the record again once the audit log moved (checked about once a second)
        new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.get(site.base() + "/incidents/" + incident + "?lang=en");
            return d.findElement(By.id("ranges")).getText().contains("987");
        });
    }

    @Test
    void aClaimRejectedWithTheKeyboardStaysRejectedAfterEveryDocumentIsReadAgain() {
        browser.get(site.base() + "/review?lang=en");
        WebElement first = browser.findElement(By.cssSelector("article.review-item"));
        String id = first.getAttribute("data-claim");
        new Actions(browser).sendKeys("r").perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("article[data-claim='" + id + "']")).isEmpty());
        assertThat(site.store.reviews().find(id).orElseThrow().status()).isEqualTo(ClaimReviews.Status.REJECTED);

        synchronized (site.pipeline) {
            site.pipeline.extract(true, Progress.NONE);
            site.pipeline.relink();
        }
        assertThat(site.store.claims().all()).extracting(SourcedClaim::id).doesNotContain(id);
        assertThat(site.store.incidents().ofClaims(List.of(id))).isEmpty();
        browser.get(site.base() + "/review?lang=en");
        assertThat(browser.findElements(By.cssSelector("article[data-claim='" + id + "']"))).isEmpty();
    }

    @Test
    void anEditorUnpublishesAnIncidentAndThePublicPageGoesThenPublishesItAgain() {
        String incident = site.store.incidents().all().getFirst().id();
        try {
            signIn("erin");
            browser.get(site.base() + "/incidents/" + incident + "/history?lang=en");
            browser.findElement(By.id("unpublish")).click();
            // the click posts a form and the page reloads: the element read before the reload goes stale, so read it again
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("publication")).getText().equals("withdrawn"));
            new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(500)).until(d -> {
                d.get(site.base() + "/incidents/" + incident + "?lang=en");
                return d.findElements(By.id("ranges")).isEmpty();
            });
            assertThat(site.get("/api/v1/incidents/" + incident).statusCode()).isEqualTo(404);
            browser.get(site.base() + "/incidents/" + incident + "/history?lang=en");
            assertThat(browser.findElement(By.id("history")).getText()).contains("unpublish").contains("erin");
            browser.findElement(By.id("publish")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(500)).until(d -> {
                d.get(site.base() + "/incidents/" + incident + "?lang=en");
                return !d.findElements(By.id("ranges")).isEmpty();
            });
        } finally {
            browser.get(site.base() + "/login?lang=en");
            signIn("nadia");
        }
    }

    @Test
    void anEditorMergesTwoIncidentsOnTheSiteAndALaterRelinkKeepsThemMerged() throws Exception {
        List<org.raqib.model.Incident> all = site.store.incidents().all();
        String a = all.get(0).id(), b = all.get(all.size() - 1).id();
        java.util.Set<String> claims = new java.util.HashSet<>(all.get(0).claimIds());
        claims.addAll(all.get(all.size() - 1).claimIds());
        try {
            signIn("erin");
            browser.get(site.base() + "/incidents/" + a + "/history?lang=en");
            browser.findElement(By.id("merge-other")).sendKeys(b);
            browser.findElement(By.id("merge-reason")).sendKeys("one raid reported under two towns");
            HeadlessChromium.screenshot(browser, "merge-form");
            browser.findElement(By.id("merge-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("tr.claim-row")).size() == claims.size());
            String merged = browser.getCurrentUrl().replaceAll(".*/incidents/([^/]+)/history.*", "$1");
            assertThat(merged).isIn(a, b);
            assertThat(browser.findElements(By.cssSelector("tr.claim-row"))).extracting(e -> e.getAttribute("data-claim"))
                    .containsExactlyInAnyOrderElementsOf(claims);
            assertThat(browser.findElement(By.id("history")).getText()).contains("link-must").contains("erin");

            // a later run by another build of the linker relinks every claim: the editor's merge holds
            synchronized (site.pipeline) {
                org.raqib.pipeline.Extraction e = site.pipeline.extraction();
                var later = new org.raqib.pipeline.Pipeline(site.store,
                        new org.raqib.pipeline.Extraction(e.extractor(), e.version(), "a later linker"));
                later.extract(true, Progress.NONE);
                assertThat(later.relink().claimsRelinked()).isEqualTo(site.store.claims().all().size());
            }
            assertThat(site.store.incidents().ofClaims(claims).values()).containsOnly(merged);
            browser.get(site.base() + "/incidents/" + merged + "/history?lang=en");
            assertThat(browser.findElements(By.cssSelector("tr.claim-row"))).hasSize(claims.size());
        } finally {
            browser.get(site.base() + "/login?lang=en");
            signIn("nadia");
        }
    }

    /** Selects the text from one offset to another in the element with the given id, as a mouse would, by text nodes. */
    private static final String SELECT = """
            var root = document.getElementById(arguments[0]), from = arguments[1], to = arguments[2];
            var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), seen = 0, node, range = document.createRange();
            while ((node = walker.nextNode())) {
              var n = node.data.length;
              if (from >= seen && from <= seen + n) range.setStart(node, from - seen);
              if (to >= seen && to <= seen + n) { range.setEnd(node, to - seen); break; }
              seen += n;
            }
            var sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
            root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            """;

    @Test
    void anAnalystSelectsTheWordsOfAMissedClaimAndItIsStoredOnThatSpan() throws Exception {
        SourcedClaim known = site.store.claims().all().stream().filter(c -> c.claim().evidence() != null
                && c.claim().evidence().start() > 12).findFirst().orElseThrow();
        String text = site.store.archive().bySha(known.docSha()).orElseThrow().document().text();
        // from a few words before a claim the machine found into its marked words: across the marks
        int from = known.claim().evidence().start() - 12, to = known.claim().evidence().start() + 8;
        int s = from, e = to;
        while (Character.isWhitespace(text.charAt(s))) s++;
        while (Character.isWhitespace(text.charAt(e - 1))) e--;
        browser.get(site.base() + "/review/documents/" + known.docSha() + "?lang=en");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(SELECT, "doc-text", from, to);
        assertThat(browser.findElement(By.id("start")).getAttribute("value")).isEqualTo(String.valueOf(s));
        assertThat(browser.findElement(By.id("end")).getAttribute("value")).isEqualTo(String.valueOf(e));
        assertThat(browser.findElement(By.id("quote")).getAttribute("value")).isEqualTo(text.substring(s, e));
        assertThat(browser.findElement(By.id("selection")).getAttribute("textContent")).isEqualTo(text.substring(s, e));
        browser.findElement(By.name("injured.best")).sendKeys("6");
        browser.findElement(By.name("reason")).sendKeys("the wounded of the second strike");
        HeadlessChromium.screenshot(browser, "add-missed-claim");
        browser.findElement(By.id("add-claim")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("added")).isEmpty());
        String id = browser.findElement(By.cssSelector("#added code")).getText();
        SourcedClaim added = site.store.claims().byIds(List.of(id)).getFirst();
        assertThat(added.claim().evidence().text()).isEqualTo(text.substring(s, e));
        assertThat(added.claim().best(Category.INJURED)).isEqualTo(6L);
        assertThat(site.store.claims().madeBy(id)).hasValue("nadia");
    }

    @Test
    void thePlaceFieldSuggestsGazetteerPlacesAndChoosingOneFillsItsDivisionAndCountry() {
        browser.get(site.base() + "/review?lang=en");
        WebElement item = browser.findElement(By.cssSelector("article.review-item"));
        WebElement place = item.findElement(By.name("place"));
        item.findElement(By.name("country")).clear();
        place.clear();
        place.sendKeys("دوم");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#places option")).isEmpty());
        WebElement option = browser.findElement(By.cssSelector("#places option"));
        String name = option.getAttribute("value"), label = option.getAttribute("label");
        assertThat(name).startsWith("دوم");
        place.clear();
        place.sendKeys(name);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> item.findElement(By.name("country")).getAttribute("value").matches("[A-Z]{2}"));
        assertThat(label).as("the first (largest) place of that name").endsWith(item.findElement(By.name("country")).getAttribute("value"));
    }
}
