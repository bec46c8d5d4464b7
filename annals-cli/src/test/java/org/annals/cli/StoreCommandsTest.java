package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Trigger;
import org.annals.store.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** events, actors, article, export and explain against a small store built in the test. */
class StoreCommandsTest {
  @TempDir Path tmp;
  String url;
  String articleId;

  static final ActorRef RU = new ActorRef("Putin", "Vladimir Putin", "RUS", "GOV", "RUSGOV",
      "person/vladimir-putin", 0, 5, "test");
  static final ActorRef US = new ActorRef("Trump", "Donald Trump", "USA", "GOV", "USAGOV",
      "person/donald-trump", 10, 15, "test");

  static CodedArticle report(String text, String outlet) {
    Article a = new Article(null, null, null, "t", outlet, LocalDate.of(2025, 7, 3), "en", text);
    int at = text.indexOf("spoke");
    CodedEvent e = new CodedEvent(CodedEvent.makeId(a.id(), at, "CONSULT"), "CONSULT", "phone",
        List.of(), "041", 1, 1.0, List.of(RU, US), List.of(), true,
        new EventDate("2025-07-03", Precision.DAY, DateBasis.RELATIVE, null, "test"), null,
        Map.of(), Modality.ASSERTED, null,
        new Evidence(a.id(), 0, text.length(), new Trigger(at, at + 5, "spoke"), "test:consult"),
        0.9);
    return new CodedArticle(a, List.of(e), List.of(), List.of(), 1, 8, null);
  }

  @BeforeEach
  void fill() {
    url = "jdbc:duckdb:" + tmp.resolve("db/annals.duckdb");
    CodedArticle first = report("Putin and Trump spoke on Thursday about a ceasefire.", "Wire A");
    articleId = first.article().id();
    try (EventStore s = EventStore.open(url)) {
      s.putAll(List.of(first, report("On Thursday Trump and Putin spoke by telephone.", "Wire B")));
    }
  }

  String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Cli.create();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void eventsListsTheMergedCallWithTwoSources() {
    String[] r = run("events", "--store", url, "--actor", "RUS", "--with", "USA", "--type",
        "CONSULT", "--min-sources", "2", "--format", "json");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1].lines()).singleElement().asString().contains("\"sources\":2")
        .contains("\"first_seen\":\"2025-07-03\"");
    assertThat(run("events", "--store", url)[1]).contains("CONSULT/phone").contains("1 of 1");
    assertThat(run("events", "--store", url, "--from", "2025-13-01")[0]).isEqualTo("2");
  }

  @Test
  void yearTimelinesNegativeYearsOutOfRangeDatesAndForeignDigits() {
    String[] year = run("actors", "--store", url, "RUS", "--with", "USA", "--interval", "year");
    assertThat(year[0]).as(year[2]).isEqualTo("0");
    assertThat(year[1]).contains("\"2025\"").doesNotContain("2025-07");
    assertThat(run("events", "--store", url, "--to", "-2024-12-31")[1]).contains("0 of 0");
    assertThat(run("events", "--store", url, "--from", "-2024-12-31")[1]).contains("1 of 1");
    String[] fullWidth = run("events", "--store", url, "--limit", "\uFF12");
    assertThat(fullWidth[0]).isEqualTo("2");
    assertThat(fullWidth[2]).contains("not a whole number");
    String[] far = run("events", "--store", url, "--from", "+999999999-01-01");
    assertThat(far[0]).isEqualTo("2");
    assertThat(far[2]).contains("out of range");
  }

  @Test
  void articleActorsExplainAndExportWork() throws Exception {
    String[] a = run("article", "--store", url, articleId);
    assertThat(a[1]).contains("ceasefire").contains("canonical_id");
    assertThat(run("article", "--store", url, "a0000000000000000")[0]).isEqualTo("2");
    assertThat(run("actors", "--store", url)[1]).contains("person/vladimir-putin");
    assertThat(run("actors", "--store", url, "RUS", "--with", "USA")[1]).contains("\"2025-07\"");
    String id = run("events", "--store", url, "--format", "csv")[1].lines().skip(1)
        .findFirst().orElseThrow().split(",")[0];
    assertThat(run("explain", "--store", url, id)[1]).contains("2 mentions, 2 sources");
    Path out = tmp.resolve("x/events.tsv");
    assertThat(run("export", "--store", url, "--format", "gdelt", "--out", out.toString())[0])
        .isEqualTo("0");
    assertThat(Files.readAllLines(out)).singleElement().asString().contains("\t041\t");
    assertThat(run("export", "--store", url, "--format", "xml", "--out", "y")[0]).isEqualTo("2");
  }

  @Test
  void badExportArgumentsFailClearlyAndWriteNothing() throws Exception {
    Path out = tmp.resolve("pull/events.tsv");
    String[] since = run("export", "--store", url, "--format", "gdelt", "--since", "yesterday",
        "--out", out.toString());
    assertThat(since[0]).isEqualTo("2");
    assertThat(since[2]).contains("--since").contains("'yesterday' is not a timestamp");
    String[] format = run("export", "--store", url, "--format", "gdeltx", "--out",
        out.toString());
    assertThat(format[0]).isEqualTo("2");
    assertThat(format[2]).contains("'gdeltx' is not an export format")
        .contains("gdelt-mentions");
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    String[] unwritable = run("export", "--store", url, "--format", "csv", "--out",
        file.resolve("events.csv").toString());
    assertThat(unwritable[0]).isEqualTo("2");
    assertThat(unwritable[2]).contains("cannot write");
    assertThat(out.getParent()).doesNotExist();
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void sinceTakesOnlyWhatIsNewAndTheMentionsTableFollowsTheEvents() throws Exception {
    Path all = tmp.resolve("all.tsv");
    Path none = tmp.resolve("none.tsv");
    Path mentions = tmp.resolve("mentions.tsv");
    assertThat(run("export", "--store", url, "--format", "gdelt", "--since", "2000-01-01",
        "--out", all.toString())[0]).isEqualTo("0");
    assertThat(Files.readAllLines(all)).isNotEmpty();
    assertThat(run("export", "--store", url, "--format", "gdelt", "--since",
        "2999-01-01T00:00:00Z", "--out", none.toString())[0]).isEqualTo("0");
    assertThat(Files.readAllLines(none)).isEmpty();
    assertThat(run("export", "--store", url, "--format", "gdelt-mentions", "--out",
        mentions.toString())[0]).isEqualTo("0");
    String eventId = Files.readAllLines(all).get(0).split("\t")[0];
    assertThat(Files.readAllLines(mentions)).allMatch(l -> l.split("\t").length >= 13)
        .anyMatch(l -> l.startsWith(eventId + "\t"));
  }
}
