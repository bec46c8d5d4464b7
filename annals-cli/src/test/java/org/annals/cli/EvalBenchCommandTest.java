package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input to eval and bench is reported (exit 2) before any model is loaded. */
class EvalBenchCommandTest {
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = Cli.create();
    cmd.setErr(new PrintWriter(err, true));
    cmd.setOut(new PrintWriter(new StringWriter(), true));
    return cmd.execute(args);
  }

  @Test
  void missingPloverGoldFile() {
    assertThat(run("eval", "plover", "no-such-gold.json")).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("no-such-gold.json: no such file");
  }

  @Test
  void brokenArticleGoldFile(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.json"), "{\"events\": [");
    assertThat(run("eval", "article", gold.toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("gold.json: not valid JSON");
  }

  @Test
  void articleGoldWithoutTextFile(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.json"), "{\"article\": \"missing.txt\", \"events\": []}");
    assertThat(run("eval", "article", gold.toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("missing.txt: no such file");
  }

  @Test
  void articleEvalAgainstAMissingStore(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Two leaders met.");
    Path gold = Files.writeString(dir.resolve("gold.json"), "{\"article\": \"a.txt\", \"events\": []}");
    String store = "jdbc:duckdb:" + dir.resolve("none.duckdb");
    assertThat(run("eval", "article", gold.toString(), "--store", store)).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("--store: no store at");
    assertThat(Files.exists(dir.resolve("none.duckdb"))).isFalse();
  }

  @Test
  void articlesGoldProblemsAreReportedBeforeAnyModelLoads(@TempDir Path dir) throws Exception {
    assertThat(run("eval", "articles", dir.resolve("none.json").toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("none.json: no such file");
    Files.writeString(dir.resolve("c.csv"), "url,date,title,text\nhttps://example.org/a,2020-01-01,t,Two leaders met.\n");
    Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"article\": 1, \"url\": \"https://example.org/b\","
        + " \"published\": \"2020-01-02\", \"events\": []}]");
    assertThat(run("eval", "articles", gold.toString(), "--corpus", dir.toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("article 1: article https://example.org/b is not in the corpus");
  }

  @Test
  void badBenchOptions(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("c.csv"), "url,date,title,text\nu,2020-01-01,t,Some text.\n");
    assertThat(run("bench", csv.toString(), "--threads", "0")).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("--threads must be between 1 and 256");
    assertThat(run("bench", dir.resolve("none.csv").toString())).isEqualTo(Cli.BAD_INPUT);
    assertThat(err.toString()).contains("none.csv is not a readable file");
  }
}
