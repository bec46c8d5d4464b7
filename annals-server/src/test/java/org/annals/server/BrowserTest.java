package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser over the pre-coded fixtures: the analyst's walk from a search to
 * an event, its article and the dyad chart; and an article full of markup that must not execute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private AnnalsServer server;
  private ChromeDriver browser;
  private String base;

  @BeforeAll
  void start(@TempDir Path profile) {
    browser = Browser.start(profile);
    server = AnnalsServer.create(ServerConfig.of(Fixtures.store(), ApiTest.TOKEN).withAddress("127.0.0.1", 0)).start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchEventArticleAndDyadChart() {
    browser.get(base + "/");
    fill("actor", "RUS");
    fill("with", "USA");
    fill("type", "CONSULT");
    fill("mode", "phone");
    browser.findElement(By.id("go")).click();
    // the click may return before the results page has loaded: wait for its rows, then count them
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertThat(rows).hasSize(8);
    assertThat(rows.get(0).getText()).contains("2025-02-12", "Vladimir Putin", "Donald Trump", "CONSULT/phone");

    rows.get(5).findElement(By.cssSelector("a.event-link")).click();
    assertThat(browser.findElement(By.id("event-date")).getText()).isEqualTo("2025-07-03");
    assertThat(browser.findElement(By.id("event-facts")).getText()).contains("precision day", "basis relative", "asserted");
    assertThat(browser.findElements(By.cssSelector("#mentions li.mention"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("#mentions mark.hl-trigger")).getText()).isEqualTo("spoke by phone");
    assertThat(browser.findElement(By.cssSelector("#mentions code.rule")).getText()).isEqualTo("lexicon:consult.speak-by-phone");

    browser.findElement(By.cssSelector("a.article-link")).click();
    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.findElement(By.cssSelector("mark.hl-trigger")).getText()).isEqualTo("spoke by phone");
    assertThat(text.findElements(By.cssSelector("mark.hl-actor"))).extracting(WebElement::getText).contains("Trump", "Putin");
    assertThat(text.findElement(By.cssSelector("mark.hl-time")).getText()).isEqualTo("on Thursday");
    assertThat(browser.findElements(By.cssSelector("#article-events li"))).hasSize(1);

    browser.navigate().back();
    browser.findElement(By.id("dyad-link")).click();
    assertThat(chartPoints("dyad-chart")).isEqualTo("8");
    assertThat(chartPoints("sequence-chart")).isEqualTo("8");
    assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(8);
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  void articlePageMarksClaimsWithVerdictsAndEvidence() {
    browser.get(base + "/articles/" + Fixtures.macron().article().id());
    assertThat(browser.findElement(By.cssSelector("#article-text .claim-not-checkable")).getText())
        .isEqualTo("first conversation in nearly three years");
    browser.findElement(By.cssSelector("#claims a.evidence-link")).click();
    assertThat(browser.findElement(By.id("mentions")).getText()).contains("Macron");
  }

  @Test
  void networkAndActorPagesDrawTheirCharts() {
    browser.get(base + "/network?type=CONSULT");
    assertThat(chartPoints("network-chart")).isEqualTo("3");
    browser.get(base + "/actors/RUS");
    assertThat(browser.findElement(By.id("partners")).getText()).contains("USA", "FRA");
    assertThat(chartPoints("activity-chart")).isNotEqualTo("0");
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  void mapPageDrawsTheLocatedEventsOverCountryOutlinesFromTheAppsOwnAssets() {
    browser.get(base + "/map?country=RUS");
    WebElement map = browser.findElement(By.id("event-map"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBeNotEmpty(map, "data-rendered"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBeNotEmpty(map, "data-outlines"));
    int countries = Integer.parseInt(map.getAttribute("data-outlines"));
    assertThat(countries).as("Natural Earth countries").isGreaterThan(150);
    // one SVG path per country shape drawn (multi-part countries are one path each)
    assertThat(browser.findElements(By.cssSelector("#event-map path.country-outline")))
        .hasSize(countries);
    assertThat(browser.findElement(By.className("credits")).getText()).contains("Natural Earth");
    long located = server.config().store().events(org.annals.store.EventQuery.all()
        .withCountry("RUS").withPage(0, 1000)).total();
    assertThat(map.getAttribute("data-points")).isEqualTo(Long.toString(located));
    assertThat(located).isPositive();
    assertThat(browser.findElements(By.cssSelector("#event-map .marker-cluster, #event-map"
        + " path.event-point"))).isNotEmpty();
    assertThat(browser.findElement(By.id("map-count")).getText()).contains(located + " of");
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  void markupFromArticlesAndRequestsNeverExecutes() {
    String id = Fixtures.injection().article().id();
    browser.get(base + "/articles/" + id);
    assertThat(browser.findElement(By.id("article-text")).getText()).contains(Fixtures.INJECTION, Fixtures.ONERROR);
    assertThat(browser.findElement(By.id("warnings")).getText()).contains(Fixtures.ONERROR);
    assertThat(browser.getTitle()).contains("<script>");
    assertNothingRan();
    browser.findElement(By.cssSelector("a.event-link")).click();
    assertThat(browser.findElement(By.id("mentions")).getText()).contains(Fixtures.INJECTION);
    assertNothingRan();
    browser.get(base + "/?q=%3Cscript%3Ewindow.__pwned%3D3%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D4%3E");
    assertThat(browser.findElement(By.id("f-q")).getAttribute("value")).startsWith("<script>");
    assertNothingRan();
    browser.get(base + "/actors/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D5%3E");
    assertNothingRan();
  }

  private void assertNothingRan() {
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
    assertThat(pwned).as("injected script ran").isNull();
    assertThat(browser.findElements(By.tagName("script")))
        .allSatisfy(s -> assertThat(s.getAttribute("src")).as("inline script element").isNotBlank());
    boolean alert;
    try {
      browser.switchTo().alert();
      alert = true;
    } catch (NoAlertPresentException e) {
      alert = false;
    }
    assertThat(alert).as("an alert opened").isFalse();
  }

  private void fill(String name, String value) {
    WebElement input = browser.findElement(By.id("f-" + name));
    input.clear();
    input.sendKeys(value);
  }

  private String chartPoints(String id) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id(id)), "data-rendered"));
    WebElement chart = browser.findElement(By.id(id));
    assertThat(chart.getAttribute("data-rendered")).as(chart.getText()).isEqualTo("true");
    assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
    return chart.getAttribute("data-points");
  }

  private List<String> cspViolations() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy")).toList();
  }
}
