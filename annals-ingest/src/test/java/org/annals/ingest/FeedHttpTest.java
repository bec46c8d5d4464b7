package org.annals.ingest;

import static org.annals.ingest.Fixtures.failures;
import static org.annals.ingest.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds over HTTP from a server on 127.0.0.1 started by the test (never the internet). */
class FeedHttpTest {
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, String> pages = Map.of(
        "/feed.xml", feed(),
        "/oslo", Fixtures.html("Ministers meet in Oslo", "2025-07-03", Fixtures.NORWAY),
        "/nairobi", "<html><body><article><p>" + Fixtures.KENYA + "</p></article></body></html>",
        "/junk.xml", "<html><body>not a feed, {]</body>");
    server.createContext("/", exchange -> {
      String body = pages.get(exchange.getRequestURI().getPath());
      byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", body == null ? "text/plain" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String feed() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local Wire</title>"
        + item("Ministers meet in Oslo", "/oslo", "Short teaser about Oslo.")
        + item("Road link agreed", "/nairobi", "Short teaser about Nairobi.")
        + item("Gone", "/gone", "Teaser of a page that no longer exists.")
        + "</channel></rss>";
  }

  private String item(String title, String path, String teaser) {
    return "<item><title>" + title + "</title><link>" + base + path + "</link>"
        + "<pubDate>Wed, 02 Jul 2025 20:00:00 GMT</pubDate><description>" + teaser + "</description></item>";
  }

  private static ReadOptions options(boolean fetch) {
    return new ReadOptions(null, FieldMap.defaults(), fetch, Duration.ofSeconds(5));
  }

  @Test
  void feedUrlGivesEntrySummariesWithoutFetching() {
    List<SourceItem> items = Fixtures.read(base + "/feed.xml", options(false));
    assertThat(parsed(items)).extracting(i -> i.article().text())
        .containsExactly("Short teaser about Oslo.", "Short teaser about Nairobi.", "Teaser of a page that no longer exists.");
    assertThat(parsed(items).get(0).article().outlet()).isEqualTo("Local Wire");
  }

  @Test
  void fetchLinksExtractsPagesAndReportsDeadLinks() {
    List<SourceItem> items = Fixtures.read(base + "/feed.xml", options(true));
    Article oslo = parsed(items).get(0).article();
    assertThat(oslo.text()).contains("The foreign ministers of Norway").doesNotContain("Short teaser");
    assertThat(oslo.published()).isEqualTo(LocalDate.of(2025, 7, 3)); // the page's own date wins
    Article nairobi = parsed(items).get(1).article();
    assertThat(nairobi.text()).isEqualTo(Fixtures.KENYA);
    assertThat(nairobi.title()).isEqualTo("Road link agreed");
    assertThat(nairobi.published()).isEqualTo(LocalDate.of(2025, 7, 2));
    assertThat(nairobi.url()).isEqualTo(base + "/nairobi");
    assertThat(failures(items)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.UNREACHABLE);
      assertThat(f.locator()).isEqualTo("entry 3 (" + base + "/gone)");
      assertThat(f.reason()).isEqualTo(base + "/gone: HTTP status 404");
    });
  }

  @Test
  void urlThatIsNotAFeedIsReported() {
    SourceItem.Failure f = failures(Fixtures.read(base + "/junk.xml", options(false))).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.NOT_PARSABLE);
    assertThat(f.source()).isEqualTo(base + "/junk.xml");
  }

  @Test
  void unreachableFeedUrlIsReported() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/feed.xml";
    List<SourceItem> items = Fixtures.read(url, options(false));
    assertThat(items).singleElement().isInstanceOf(SourceItem.Failure.class);
    SourceItem.Failure f = failures(items).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.UNREACHABLE);
    assertThat(f.source()).isEqualTo(url);
    assertThat(f.reason()).startsWith(url + ": cannot connect");
  }
}
