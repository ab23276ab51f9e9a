package org.raqib.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One spelling per article, and robots.txt read as RFC 9309 says. */
class CanonicalUrlAndRobotsTest {
    @Test
    void trackingParametersFragmentsDefaultPortsAndCaseAreDropped() {
        assertThat(CanonicalUrl.of("HTTPS://WWW.Example.org:443/news/12?utm_source=tw&id=5&fbclid=x&utm_campaign=y#top"))
                .isEqualTo("https://www.example.org/news/12?id=5");
        assertThat(CanonicalUrl.of("http://example.org")).isEqualTo("http://example.org/");
        assertThat(CanonicalUrl.of("http://example.org:8080/a?gclid=1")).isEqualTo("http://example.org:8080/a");
        assertThat(CanonicalUrl.of("http://example.org/%D8%AE%D8%A8%D8%B1?page=2&b=1"))
                .as("percent-encoding and the order of other parameters kept").isEqualTo("http://example.org/%D8%AE%D8%A8%D8%B1?page=2&b=1");
        assertThat(CanonicalUrl.of("file:///etc/passwd")).isNull();
        assertThat(CanonicalUrl.of("javascript:alert(1)")).isNull();
        assertThat(CanonicalUrl.of("not a url at all")).isNull();
    }

    @Test
    void robotsTxtRulesForRaqibOrEveryoneLongestMatchWinning() {
        Robots r = Robots.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\n"
                + "Crawl-delay: 2\n\nUser-agent: otherbot\nDisallow: /\n", "raqib");
        assertThat(r.allows("/news/1")).isTrue();
        assertThat(r.allows("/private/memo")).isFalse();
        assertThat(r.allows("/private/open/letter")).isTrue();
        assertThat(r.allows("/files/report.pdf")).isFalse();
        assertThat(r.allows("/files/report.pdf?x=1")).isTrue();
        assertThat(r.crawlDelaySeconds()).isEqualTo(2.0);

        Robots mine = Robots.parse("User-agent: *\nDisallow: /\n\nUser-agent: Raqib\nDisallow: /drafts\n", "raqib");
        assertThat(mine.allows("/news/1")).as("Raqib's own group replaces the general one").isTrue();
        assertThat(mine.allows("/drafts/2")).isFalse();
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "raqib").allows("/anything")).isTrue();
    }

    @Test
    void articleLinksAreToldFromSectionAndStaticLinks() {
        assertThat(Listings.looksLikeArticle("/2026/12/01/strike-on-village")).isTrue();
        assertThat(Listings.looksLikeArticle("/news/1234")).isTrue();
        assertThat(Listings.looksLikeArticle("/a-long-article-title.html")).isTrue();
        assertThat(Listings.looksLikeArticle("/")).isFalse();
        assertThat(Listings.looksLikeArticle("/about")).isFalse();
        assertThat(Listings.looksLikeArticle("/tag/war")).isFalse();
        assertThat(Listings.looksLikeArticle("/assets/logo.png")).isFalse();
    }
}
