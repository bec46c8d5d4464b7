package org.annals.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.ingest.FieldMap;
import org.annals.ingest.IngestConfig;
import org.annals.ingest.IngestRunner;
import org.annals.ingest.IngestSummary;
import org.annals.ingest.LanguageFilter;
import org.annals.ingest.SourceFactory;
import org.annals.ingest.StoreSink;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.annals.model.SharedData;
import org.annals.nlp.Profile;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.ExportFormat;
import org.annals.verify.ClaimLedger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job on a MiniCluster against {@code annals ingest} on the same input: six Wikinews
 * articles in two CSV files, one of them twice (a duplicate, coded once). Each sink must end in the store the
 * ingest gives (StoreCompare, all tables): Parquet + {@link ParquetLoad} into DuckDB, the store
 * sink into PostgreSQL (when {@code ANNALS_TEST_PG_URL} is set), and a job whose coding task fails
 * midway and restarts from its last checkpoint. The first job codes with CoreNLP; the later ones
 * reuse its codings ({@link TestCoder}), since they test the job's plumbing, not the coder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkPipelineTest {
  static final int ARTICLES = 6;
  static final LocalDate INGEST_DAY = LocalDate.of(2026, 12, 1);

  @TempDir static Path tmp;
  static List<String> sources;
  static Path reference;
  static KnowledgeBase kb;

  @BeforeAll
  static void ingestReference() throws IOException {
    Path csv = SharedData.require("corpora/wikinews/wikinews_2019.csv");
    sources = List.of(copyRows(csv, tmp.resolve("wikinews-head.csv"), 0, 1, 2, 3, 4, 2).toString(),
        copyRows(csv, tmp.resolve("other/one.csv"), 5).toString());
    reference = tmp.resolve("ingest.duckdb");
    kb = BundledKnowledgeBase.load();
    IngestConfig config = new IngestConfig(sources, "jdbc:duckdb:" + reference, null, 1, FieldMap.defaults(), false,
        Duration.ofSeconds(5), 4, IngestConfig.ProgressMode.OFF, INGEST_DAY);
    try (EventStore store = EventStore.open(config.storeUrl())) {
      IngestSummary s = new IngestRunner(config, new SourceFactory(config.readOptions()),
          () -> new TestCoder(true, 0).coder(Profile.ACCURATE), new StoreSink(store, new ClaimLedger(kb)), new LanguageFilter(), System.err).run();
      assertThat(s.stored()).as("the reference ingest").isEqualTo(ARTICLES);
      assertThat(s.duplicates()).isEqualTo(1);
    }
  }

  /** The given rows (0 is the first after the header) of a CSV with header, in a new file. */
  static Path copyRows(Path csv, Path out, int... rows) throws IOException {
    Files.createDirectories(out.getParent());
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    List<CSVRecord> records = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser = format.parse(r);
      for (CSVRecord rec : parser) {
        if (records.size() > java.util.Arrays.stream(rows).max().orElse(0)) {
          break;
        }
        records.add(rec);
      }
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
        p.printRecord((Object[]) parser.getHeaderNames().toArray(new String[0]));
        for (int row : rows) {
          p.printRecord((Object[]) records.get(row).values());
        }
      }
    }
    return out;
  }

  static FlinkJobConfig config(String store, Path parquet, int parallelism) {
    return FlinkJobConfig.of(sources, store, parquet == null ? null : parquet.toString(), parallelism, INGEST_DAY)
        .withCheckpointMillis(500);
  }

  /** Loads a Parquet output into a fresh DuckDB store and returns its file. */
  static Path load(Path parquet, String name) {
    Path db = tmp.resolve(name + ".duckdb");
    try (EventStore store = EventStore.open("jdbc:duckdb:" + db)) {
      ParquetLoad.Summary s = new ParquetLoad(parquet).into(store, kb, System.err);
      assertThat(s.read()).isEqualTo(ARTICLES);
    }
    return db;
  }

  /** StoreCompare of two DuckDB stores (every table, ingest-time columns left out), in its own JVM. */
  static String storeCompare(Path a, Path b) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.annals.store.bench.StoreCompare", a.toString(), b.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  @Order(1)
  void parquetAndLoadGiveTheStoreOfAnIngest() throws Exception {
    int calls = TestCoder.CALLS.get();
    Path parquet = tmp.resolve("parquet");
    JobCounts counts = JobCounts.of(AnnalsFlinkJob.runLocal(config(null, parquet, 2), new TestCoder(false, 0)));

    assertThat(counts.coded()).isEqualTo(ARTICLES);
    assertThat(counts.duplicates()).as("the article given twice is coded once").isEqualTo(1);
    assertThat(TestCoder.CALLS.get() - calls).isEqualTo(ARTICLES);
    assertThat(storeCompare(reference, load(parquet, "from-parquet"))).contains("identical");
    // loading again changes nothing
    Path db = tmp.resolve("from-parquet.duckdb");
    try (EventStore store = EventStore.open("jdbc:duckdb:" + db)) {
      assertThat(new ParquetLoad(parquet).into(store, kb, System.err).stored()).isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*), count(DISTINCT article_id) FROM read_parquet('"
            + parquet.resolve("mentions/*.parquet") + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).as("mentions").isPositive();
    }
  }

  @Test
  @Order(2)
  void aTaskThatFailsMidwayRestartsFromItsCheckpoint() throws Exception {
    Path parquet = tmp.resolve("parquet-failed");
    int injected = CodeFunction.INJECTED.get();
    int calls = TestCoder.CALLS.get();
    FlinkJobConfig config = config(null, parquet, 1).withCheckpointMillis(100).withFailAfter(4)
        .withProfile(Profile.FAST);
    AnnalsFlinkJob.runLocal(config, new TestCoder(true, 1000));

    assertThat(TestCoder.PROFILES).as("the job's profile reaches the coder").contains(Profile.FAST);
    assertThat(CodeFunction.INJECTED.get() - injected).isEqualTo(1);
    assertThat(TestCoder.CALLS.get() - calls).as("articles coded again after the restore: not all of the four"
        + " coded before the failure (a checkpoint kept some)").isLessThan(ARTICLES + 4);
    assertThat(storeCompare(reference, load(parquet, "after-restart"))).contains("identical");
  }

  @Test
  @Order(3)
  void theStoreSinkIntoPostgresGivesTheStoreOfAnIngest() throws Exception {
    String base = System.getenv("ANNALS_TEST_PG_URL");
    Assumptions.assumeTrue(base != null && !base.isBlank(),
        "ANNALS_TEST_PG_URL is not set: skipping the Flink job into PostgreSQL");
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS annals_flink CASCADE");
      s.execute("CREATE SCHEMA annals_flink");
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=annals_flink";
    FlinkJobConfig config = config(url, null, 2);
    AnnalsFlinkJob.runLocal(config, new TestCoder(true, 0));
    AnnalsFlinkJob.runLocal(config, new TestCoder(true, 0)); // a replay of everything changes nothing

    assertThat(exports(url)).isEqualTo(exports("jdbc:duckdb:" + reference));
  }

  /** The store's counts and its canonical events as PLOVER records (ingest times left out). */
  static List<String> exports(String url) throws IOException {
    List<String> out = new ArrayList<>();
    try (EventStore store = EventStore.open(url)) {
      var st = store.stats();
      out.add(st.articles() + " " + st.nearDuplicates() + " " + st.events() + " " + st.canonicalEvents() + " "
          + new java.util.TreeMap<>(st.skipsByReason()));
      out.add(String.valueOf(store.skips().size()));
      Path file = Files.createTempFile(tmp, "export", ".jsonl");
      store.export(ExportFormat.PLOVER, EventQuery.all(), file);
      out.add(Files.readString(file).replaceAll("\"date_added\":\"[^\"]*\"", ""));
    }
    return out;
  }
}
