package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser (headless Chromium driven by Selenium, Debian's chromium and
 * chromium-driver): the map shows the sample incidents and a filter changes them, an incident
 * page shows its range and highlighted evidence, search finds inflected forms, the Arabic
 * page is right to left, and the hostile report runs no script. Screenshots are saved under
 * target/screenshots/ for review. Skipped when Chromium is missing, except in CI.
 */
class SiteBrowserTest {

    @TempDir
    static Path dir;

    static WebFixture site;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.require();
        site = new WebFixture(dir);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    @Test
    void theMapShowsTheSampleIncidentsAndAFilterChangesThem() throws Exception {
        int located = site.json("/api/v1/map").get("located").asInt();
        assertThat(located).isGreaterThanOrEqualTo(3);
        open("/?lang=en");
        assertThat(markersShown()).isEqualTo(located);
        assertThat(visibleMarkers()).isEqualTo(located);
        int rows = browser.findElements(By.cssSelector("#incidents tbody tr")).size();
        assertThat(rows).isEqualTo(site.json("/api/v1/incidents").get("count").asInt());
        shot("map-en");

        new Select(browser.findElement(By.id("f-country"))).selectByValue("PS");
        browser.findElement(By.id("f-apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("country=PS"));
        int inPalestine = site.json("/api/v1/map?country=PS").get("located").asInt();
        assertThat(inPalestine).isPositive().isLessThan(located);
        assertThat(markersShown()).isEqualTo(inPalestine);
        assertThat(browser.findElements(By.cssSelector("#incidents tbody tr"))).hasSize(site.json("/api/v1/incidents?country=PS").get("count").asInt());
        // the filter stays in the URL and in the form
        browser.navigate().refresh();
        assertThat(new Select(browser.findElement(By.id("f-country"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("PS");
        assertThat(markersShown()).isEqualTo(inPalestine);
    }

    @Test
    void anIncidentPageShowsItsRangeAndTheEvidenceHighlighted() throws Exception {
        String id = site.json("/api/v1/incidents?stance=denied").get("data").get(0).get("incident_id").asText();
        open("/incidents/" + id + "?lang=en");
        String ranges = browser.findElement(By.id("ranges")).getText();
        assertThat(ranges).contains("17–40");
        List<String> figures = browser.findElements(By.cssSelector("mark.figure")).stream().map(WebElement::getText).toList();
        assertThat(figures).contains("40 مدنيا", "17 مدنيا", "43 شخصا");
        assertThat(browser.findElement(By.cssSelector("mark.evidence")).isDisplayed()).isTrue();
        WebElement paragraph = browser.findElement(By.cssSelector("blockquote.evidence-paragraph"));
        assertThat(paragraph.getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("details")).getText()).contains("Syndicated copies");
        shot("incident-en");
        open("/incidents/" + id + "?lang=ar");
        assertThat(browser.findElement(By.id("ranges")).getText()).contains("17–40");
        shot("incident-ar");
    }

    @Test
    void searchFindsInflectedForms() throws Exception {
        open("/search?lang=ar&q=" + URLEncoder.encode("بغارة", StandardCharsets.UTF_8));
        List<String> marked = browser.findElements(By.cssSelector(".passage mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).contains("غارة").contains("الغارات");
        assertThat(Integer.parseInt(browser.findElement(By.id("hit-count")).getText())).isGreaterThanOrEqualTo(3);
        shot("search-ar");
    }

    @Test
    void theArabicPageIsRightToLeftAndTheSwitchGoesBack() throws Exception {
        open("/?lang=ar");
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("الحوادث");
        markersShown();
        shot("map-ar");
        browser.findElement(By.id("lang-switch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("ltr");
    }

    @Test
    void theHostileReportRunsNoScript() throws Exception {
        String id = site.json("/api/v1/incidents?admin1=Idlib&from=2020-01-01&to=2020-12-31").get("data").get(0).get("incident_id").asText();
        String doc = site.json("/api/v1/incidents/" + id).get("claims").get(0).get("document").asText();
        for (String page : List.of("/incidents/" + id + "?lang=en", "/documents/" + doc + "?lang=en",
                "/search?lang=en&q=" + URLEncoder.encode("سراقب", StandardCharsets.UTF_8), "/?lang=en&admin1=Idlib")) {
            open(page);
            String title = browser.getTitle();
            Thread.sleep(300); // give an injected handler (img onerror, svg onload) the time it would need to run
            assertThatThrownBy(() -> browser.switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(js.executeScript("return document.body.getAttribute('data-pwned')")).as(page).isNull();
            assertThat(browser.getTitle()).isEqualTo(title);
            assertThat(browser.findElements(By.cssSelector("img[src='x'], svg[onload], a[href^='javascript']"))).as(page).isEmpty();
            List<String> scripts = browser.findElements(By.tagName("script")).stream().map(s -> s.getAttribute("src")).toList();
            assertThat(scripts).as(page).allSatisfy(src -> assertThat(src).startsWith(site.base() + "/"));
            if (!page.startsWith("/?")) assertThat(browser.findElement(By.tagName("main")).getText()).as(page).contains("<script>alert(1)</script>");
        }
        open("/documents/" + doc + "?lang=en");
        shot("hostile-document-en");
    }

    private static void open(String path) {
        browser.get(site.base() + path);
    }

    /** Waits for the map script to draw the markers and returns how many it drew. */
    private static int markersShown() {
        WebElement map = browser.findElement(By.id("map"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> map.getAttribute("data-count") != null || map.getAttribute("data-error") != null);
        assertThat(map.getAttribute("data-error")).isNull();
        return Integer.parseInt(map.getAttribute("data-count"));
    }

    /** Markers on screen: single markers plus the incidents inside each cluster. */
    private static int visibleMarkers() {
        // the clusters may be drawn again while they are read (a late zoom): read them again then
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    int single = d.findElements(By.cssSelector("path.incident-marker")).size();
                    int clustered = d.findElements(By.cssSelector(".marker-cluster span")).stream().mapToInt(e -> Integer.parseInt(e.getText())).sum();
                    return single + clustered;
                });
    }

    private static void shot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
