package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code annals flink} and {@code annals load} on bad input (nothing is coded or written; CoreNLP
 * is never loaded), and {@code annals load} of a Parquet output written here by hand. The job
 * itself is tested in annals-flink (FlinkPipelineTest).
 */
class FlinkCommandsTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cmd = Cli.create();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  Path article() throws Exception {
    Path a = tmp.resolve("in/a.txt");
    Files.createDirectories(a.getParent());
    Files.writeString(a, "MOSCOW, July 3, 2025 - The two presidents spoke by telephone.");
    return a;
  }

  @Test
  void aSourceThatDoesNotExistIsNamedAndNothingIsWritten() throws Exception {
    Path parquet = tmp.resolve("out");
    int code = run("flink", "--local", article().toString(), tmp.resolve("missing.csv").toString(),
        "--parquet", parquet.toString());

    assertThat(code).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("missing.csv").contains("no such file or directory");
    assertThat(parquet).doesNotExist();
  }

  @Test
  void aStoreThatCannotBeOpenedIsNamedBeforeAnyWork() throws Exception {
    int code = run("flink", "--local", article().toString(), "--store",
        "jdbc:postgresql://127.0.0.1:1/annals?user=nobody");

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("127.0.0.1:1/annals");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aStoreUrlThatIsNoJdbcUrlIsBadInput() throws Exception {
    assertThat(run("flink", "--local", article().toString(), "--store", "annals.duckdb")).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("'annals.duckdb' is not a JDBC URL");
  }

  @Test
  void exactlyOneSinkIsRequired() throws Exception {
    assertThat(run("flink", "--local", article().toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(run("flink", "--local", article().toString(), "--store", "jdbc:duckdb:x.duckdb", "--parquet",
        tmp.toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void withoutLocalOutsideFlinkRunTheCommandSaysWhatToDo() throws Exception {
    assertThat(run("flink", article().toString(), "--parquet", tmp.resolve("out").toString()))
        .isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("--local").contains("flink run");
  }

  @Test
  void aKafkaBrokerThatDoesNotAnswerIsNamedAndNothingIsWritten() {
    Path parquet = tmp.resolve("out");
    int code = run("flink", "--local", "--kafka-brokers", "127.0.0.1:1", "--kafka-topic", "news", "--parquet",
        parquet.toString());

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("Kafka broker 127.0.0.1:1 does not answer");
    assertThat(parquet).doesNotExist();
  }

  @Test
  void loadOfAMissingDirectoryOrOfOneWithoutOutputIsBadInput() throws Exception {
    String store = "jdbc:duckdb:" + tmp.resolve("s.duckdb");
    assertThat(run("load", tmp.resolve("nope").toString(), "--store", store)).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("nope").contains("no such directory");
    assertThat(run("load", tmp.toString(), "--store", store)).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("no Parquet output of annals flink");
    assertThat(tmp.resolve("s.duckdb")).doesNotExist();
  }

  @Test
  void loadBringsArticlesAndSkipsIntoAStoreOnceAndNamesABadStore() throws Exception {
    CodedArticle a = StoreCommandsTest.report("Putin and Trump spoke on Thursday about a ceasefire.", "Wire A");
    Path dir = parquet(a);
    String url = "jdbc:duckdb:" + tmp.resolve("db/loaded.duckdb");
    Files.createDirectories(tmp.resolve("db"));

    assertThat(run("load", dir.toString(), "--store", "jdbc:postgresql://127.0.0.1:1/x?user=u")).isNotZero();
    assertThat(err.toString()).contains("127.0.0.1:1/x");
    assertThat(run("load", dir.toString(), "--store", url)).isZero();
    assertThat(out.toString()).contains("stored             1").contains("skips recorded     1");
    assertThat(run("load", dir.toString(), "--store", url)).isZero();
    assertThat(out.toString()).contains("duplicates         1");
    try (EventStore s = EventStore.open(url)) {
      assertThat(s.events(EventQuery.all()).total()).isEqualTo(1);
      assertThat(s.skips()).singleElement().satisfies(k -> assertThat(k.reason()).isEqualTo("not-english"));
    }
  }

  /** A Parquet output as the job writes it: articles/ with the coded JSON, skips/. */
  Path parquet(CodedArticle a) throws Exception {
    Path dir = tmp.resolve("parquet");
    Files.createDirectories(dir.resolve("articles"));
    Files.createDirectories(dir.resolve("skips"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE a (id VARCHAR, coded VARCHAR)");
      try (PreparedStatement p = c.prepareStatement("INSERT INTO a VALUES (?, ?)")) {
        p.setString(1, a.article().id());
        p.setString(2, Json.write(a));
        p.execute();
      }
      s.execute("COPY a TO '" + dir.resolve("articles/part-0.parquet") + "' (FORMAT PARQUET)");
      s.execute("COPY (SELECT 'feed.jsonl' AS source, 'line 3' AS record, 'not-english' AS reason,"
          + " 'not English (detected ''de'')' AS message) TO '" + dir.resolve("skips/part-0.parquet")
          + "' (FORMAT PARQUET)");
    }
    return dir;
  }
}
