package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.store.EventStore;
import org.annals.store.Skip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annals ingest on inputs that need no coding (so no CoreNLP): bad options and bad input only. */
class IngestCommandTest {
  @TempDir Path tmp;
  private final CliRun cli = new CliRun();
  private final java.io.StringWriter out = cli.out;
  private final java.io.StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void badOptionsNameTheOption() {
    assertThat(run("ingest", "x.csv", "--threads", "0", "--store", "jdbc:duckdb:" + tmp.resolve("s.duckdb")))
        .isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("--threads: 0 is not between 1 and 256");
    assertThat(run("ingest", "x.csv", "--field", "colour=red")).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("--field: unknown attribute 'colour'");
  }

  @Test
  void timingsEndTheSummaryEvenWhenNothingWasCoded() throws Exception {
    Path csv = Files.writeString(tmp.resolve("notext.csv"), "url,date,title\nhttps://a.example/1,2025-07-03,Talks\n");
    String url = "jdbc:duckdb:" + tmp.resolve("t.duckdb");
    run("ingest", csv.toString(), "--store", url, "--progress", "off", "--timings");
    assertThat(out.toString()).contains("timings            0 articles coded on", "CPU per article",
        "ms per article by stage (summed over threads): store 0.0 verify 0.0");
    run("ingest", csv.toString(), "--store", url, "--progress", "off", "--timings", "--format", "json");
    assertThat(out.toString()).contains("\"timings\":{\"threads\":", "\"codedArticles\":0", "\"msPerArticle\":{");
  }

  @Test
  void inputWithNothingToIngestIsReportedAndRecorded() throws Exception {
    Path csv = Files.writeString(tmp.resolve("notext.csv"), "url,date,title\nhttps://a.example/1,2025-07-03,Talks\n");
    String url = "jdbc:duckdb:" + tmp.resolve("s.duckdb");
    int code = run("ingest", csv.toString(), "--store", url, "--progress", "off", "--format", "json");
    assertThat(code).isEqualTo(Cli.BAD_INPUT);
    assertThat(out.toString()).contains("\"read\":0", "\"skipped\":{\"missing-field\":1}");
    try (EventStore s = EventStore.open(url)) {
      assertThat(s.skips()).extracting(Skip::source, Skip::reason).containsExactly(
          org.assertj.core.groups.Tuple.tuple(csv.toString(), "missing-field"));
    }
  }
}
