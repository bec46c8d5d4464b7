package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.store.ClaimStore;
import org.annals.store.EventStore;
import org.annals.store.RecodeFilter;
import org.annals.store.bench.StoreCompare;
import org.annals.verify.ClaimLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals recode} after a lexicon change: one lexicon entry changes ("talked" is a request,
 * no longer a consultation); re-coding a store coded with the old lexicon gives, table by table,
 * the store that a fresh ingest of the same articles with the new lexicon gives, including the
 * canonical events and the claims' verdicts, which the change turns around.
 */
class RecodeTest {
  private static LanguageFilter languages;
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void loadLanguages() {
    languages = new LanguageFilter();
  }

  private static final String LEXICON = "spoke\tCONSULT\ntalked\tCONSULT\nmet\tCONSULT\naccused\tACCUSE\n";
  private static final String CHANGED = LEXICON.replace("talked\tCONSULT", "talked\tREQUEST");

  /** The corpus: id-less reports as JSON Lines records (text, published, outlet, url). */
  private static final List<String[]> REPORTS = List.of(
      new String[] {"2025-02-12", "Meridian", "France and Russia spoke by phone on Wednesday. Officials in Paris"
          + " described the conversation as frank and long."},
      new String[] {"2025-03-18", "Harbor", "Russia and France talked by phone about the power plant. It was"
          + " the second call between France and Russia this year, aides said."},
      new String[] {"2025-05-19", "Meridian", "France and Russia talked by phone again on Monday. Aides in Moscow"
          + " called it the third call between Russia and France this year."},
      new String[] {"2025-05-20", "Wire", "China and Germany met in Berlin to discuss trade and export rules."},
      new String[] {"2025-06-01", "Wire", "Kenya accused Germany of delaying promised aid payments for months."},
      new String[] {"2025-06-02", "Harbor", "Germany and China talked by phone about energy prices, grain"
          + " shipments, shipping insurance, port fees, steel quotas, solar panels and the schedule of the"
          + " next summit in the autumn, according to both foreign ministries and several officials."},
      new String[] {"2025-06-02", "Courier", "Germany and China talked by phone about energy prices, grain"
          + " shipments, shipping insurance, port fees, steel quotas, solar panels and the schedule of the"
          + " next summit in the autumn, according to both foreign ministries and many officials."});
  private static final String[] LATER = {"2025-07-01", "Courier", "France and Russia spoke by phone about"
      + " prisoners. Officials said it was the third call between Russia and France this year."};

  @Test
  void recodingAfterALexiconChangeEqualsAFreshIngest() throws Exception {
    LexiconCoder before = coder("before.tsv", LEXICON);
    LexiconCoder after = coder("after.tsv", CHANGED);
    assertThat(before.provenance().lexicon()).isNotEqualTo(after.provenance().lexicon());
    Path corpus = jsonl("corpus.jsonl", REPORTS);
    Path later = jsonl("later.jsonl", List.<String[]>of(LATER));

    String recoded = dir.resolve("recoded.duckdb").toString();
    Map<String, String> verdictsBefore;
    try (EventStore s = EventStore.open("jdbc:duckdb:" + recoded)) {
      ingest(s, before, corpus);
      ingest(s, after, later);
      verdictsBefore = verdicts(s);
      Recoder r = new Recoder(s, after, after.provenance(), new ClaimLedger(null), 3, 2, stderr());
      assertThat(r.candidates(RecodeFilter.none())).hasSize(REPORTS.size());
      Recoder.Summary sum = r.run(RecodeFilter.none());
      assertThat(sum.candidates()).isEqualTo(REPORTS.size());
      assertThat(sum.recoded()).isEqualTo(REPORTS.size());
      assertThat(r.candidates(RecodeFilter.none())).as("a second run finds nothing to do").isEmpty();
      assertThat(verdicts(s)).as("the change turns verdicts around").isNotEqualTo(verdictsBefore);
    }
    String fresh = dir.resolve("fresh.duckdb").toString();
    try (EventStore s = EventStore.open("jdbc:duckdb:" + fresh)) {
      ingest(s, after, corpus);
      ingest(s, after, later);
    }
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    boolean same = StoreCompare.compare(recoded, fresh, new PrintStream(report, true, StandardCharsets.UTF_8));
    assertThat(same).as(report.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(report.toString(StandardCharsets.UTF_8)).contains("claim_verdicts").contains("canonical ");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("annals: recode: 7 / 7 articles");
  }

  @Test
  void whereSelectsWhatIsRecodedAndAFailingArticleKeepsItsCoding() throws Exception {
    LexiconCoder before = coder("before.tsv", LEXICON);
    LexiconCoder after = coder("after.tsv", CHANGED);
    try (EventStore s = EventStore.open("jdbc:duckdb:" + dir.resolve("w.duckdb"))) {
      ingest(s, before, jsonl("corpus.jsonl", REPORTS));
      Function<Article, CodedArticle> failing = a -> {
        if (a.text().startsWith("Kenya")) {
          throw new IllegalStateException("coder broke on purpose");
        }
        return after.apply(a);
      };
      Recoder r = new Recoder(s, failing, after.provenance(), new ClaimLedger(null), 2, 1, stderr());
      Recoder.Summary harbor = r.run(RecodeFilter.parse(List.of("outlet=Harbor"), false));
      assertThat(harbor.recoded()).isEqualTo(2);
      assertThat(r.candidates(RecodeFilter.none())).hasSize(REPORTS.size() - 2);
      Recoder.Summary rest = r.run(RecodeFilter.parse(List.of("published>=2025-05-01"), false));
      assertThat(rest.candidates()).isEqualTo(4);
      assertThat(rest.failed()).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("coding failed, old coding kept");
      assertThat(r.candidates(RecodeFilter.none())).as("February and the failed one").hasSize(2);
    }
  }

  private LexiconCoder coder(String name, String lexicon) throws Exception {
    return new LexiconCoder(Files.writeString(dir.resolve(name), lexicon));
  }

  private Path jsonl(String name, List<String[]> reports) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String[] r : reports) {
      lines.add(Json.write(Map.of("published", r[0], "outlet", r[1], "text", r[2],
          "url", "https://" + r[1].toLowerCase() + ".example/" + r[0] + "/" + Math.abs(r[2].hashCode()))));
    }
    return Files.write(dir.resolve(name), lines);
  }

  private void ingest(EventStore s, Function<Article, CodedArticle> coder, Path source) {
    IngestConfig config = IngestConfig.of(List.of(source.toString())).withThreads(2)
        .withProgress(IngestConfig.ProgressMode.OFF).withBatches(3, java.time.Duration.ofMillis(200));
    new IngestRunner(config, new SourceFactory(config.readOptions()), coder, new StoreSink(s, new ClaimLedger(null)),
        languages, stderr()).run();
  }

  private PrintStream stderr() {
    return new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  private static Map<String, String> verdicts(EventStore s) {
    ClaimStore claims = ClaimStore.of(s).orElseThrow();
    Map<String, String> out = new TreeMap<>();
    for (ClaimStore.StoredClaim c : claims.claims()) {
      claims.verdicts(c.articleId()).forEach((ord, v) -> out.put(c.articleId() + "/" + ord, v.verdict()));
    }
    return out;
  }
}
