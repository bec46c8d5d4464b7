package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static Article extract(String html) {
    return HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8), "", "page.html");
  }

  @Test
  void keepsTheArticleAndDropsBoilerplate() {
    Article a = extract(Fixtures.html("Ministers meet in Oslo", "2025-07-03T09:00:00+02:00", Fixtures.NORWAY));
    assertThat(a.text()).startsWith("Ministers meet in Oslo\n\nThe foreign ministers of Norway")
        .contains("\n\nOfficials from both countries will prepare a joint statement.")
        .doesNotContain("Home", "Share this story", "Most read", "Copyright", "Subscribe", "tracking");
    assertThat(a.title()).isEqualTo("Ministers meet in Oslo");
    assertThat(a.url()).isEqualTo("https://news.example.org/story/1");
    assertThat(a.outlet()).isEqualTo("Example News");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 7, 3));
  }

  @Test
  void readsJsonLdWhenMetaTagsAreAbsent() {
    String html = "<html><head><title>Talks in Nairobi</title><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Talks in Nairobi\","
        + "\"datePublished\":\"2024-03-11T08:00:00Z\",\"url\":\"https://wire.example.com/nairobi\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Wire\"}}]}</script></head>"
        + "<body><div id=\"menu\">Sections Politics Sport</div><div class=\"story\"><p>" + Fixtures.KENYA
        + "</p></div></body></html>";
    Article a = extract(html);
    assertThat(a.text()).isEqualTo(Fixtures.KENYA);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(a.outlet()).isEqualTo("Example Wire");
    assertThat(a.url()).isEqualTo("https://wire.example.com/nairobi");
    assertThat(a.title()).isEqualTo("Talks in Nairobi");
  }

  @Test
  void readsDublinCoreAndPubdateMeta() {
    String html = "<html><head><meta name=\"DC.date.issued\" content=\"2023-11-02\"></head><body><main><p>"
        + Fixtures.CANADA + "</p></main></body></html>";
    assertThat(extract(html).published()).isEqualTo(LocalDate.of(2023, 11, 2));
    String pubdate = "<html><head><meta name=\"pubdate\" content=\"20231105\"></head><body><p>" + Fixtures.CANADA
        + "</p></body></html>";
    assertThat(extract(pubdate).published()).isEqualTo(LocalDate.of(2023, 11, 5));
  }

  @Test
  void picksTheDensestBlockWithoutArticleMarkup() {
    String html = "<html><body><div><a href=\"/a\">Link one</a> <a href=\"/b\">Link two</a></div>"
        + "<div><p>" + Fixtures.NORWAY.replace("\n\n", "</p><p>") + "</p></div>"
        + "<div><p>Short note.</p></div></body></html>";
    Article a = extract(html);
    assertThat(a.text()).startsWith("The foreign ministers of Norway").doesNotContain("Link one", "Short note");
    assertThat(a.published()).isNull();
  }

  @Test
  void pageWithOnlyBoilerplateHasNoText() {
    String html = "<html><head><title>Empty</title></head><body><nav>Home World</nav><footer>About us</footer>"
        + "<script>document.write('x')</script></body></html>";
    assertThatThrownBy(() -> extract(html)).isInstanceOf(SkipException.class)
        .hasMessageContaining("no article text")
        .satisfies(e -> assertThat(((SkipException) e).code()).isEqualTo(FailureCode.NO_TEXT));
  }

  @Test
  void fragmentTextKeepsParagraphs() {
    assertThat(HtmlExtractor.fragmentText("<p>First <b>one</b>.</p><p>Second.</p>")).isEqualTo("First one.\n\nSecond.");
    assertThat(HtmlExtractor.fragmentText("Plain summary &amp; more")).isEqualTo("Plain summary & more");
  }
}
