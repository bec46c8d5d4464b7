package org.annals.cli;

import static org.annals.cli.CodeCommandTest.execute;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand answers {@code --help} with its usage and exit 0; unknown options exit 2. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"code", "ingest", "events", "actors", "article", "export", "explain", "check",
      "bench", "serve", "demo", "recode"})
  void everySubcommandHasHelp(String name) {
    CodeCommandTest.Run run = execute(name, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: annals " + name).contains("-h, --help");
  }

  @Test
  void nestedEvalSubcommandsHaveHelpToo() {
    CodeCommandTest.Run run = execute("eval", "plover", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: annals eval plover");
  }

  @Test
  void anUnknownOptionIsAUsageErrorNamingIt() {
    CodeCommandTest.Run run = execute("events", "--size", "100");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown options: '--size', '100'");
  }

  @Test
  void everyCommandThatCodesArticlesTakesTheProfileAndRejectsAnUnknownOne() {
    for (String[] cmd : new String[][] {{"code", "x.txt"}, {"ingest", "x.txt"}, {"check", "x.txt"},
        {"recode"}, {"bench"}, {"eval", "plover", "x.json"}, {"eval", "timeml", "x"},
        {"eval", "article", "x.json"}, {"eval", "articles", "x.json"}, {"eval", "places", "x.json"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd),
          java.util.stream.Stream.of("--profile", "quick")).toArray(String[]::new);
      CodeCommandTest.Run run = execute(args);
      assertThat(run.exit()).as(String.join(" ", cmd)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", cmd)).contains("--profile").contains("'accurate' or 'fast'");
    }
  }

  @Test
  void theAnnotationCacheIsOfferedWhereFixedTextIsRecodedNeverByBenchOrIngest(@TempDir Path dir) throws IOException {
    assertThat(execute("bench", "--annotation-cache", dir.toString()).err()).contains("Unknown option");
    assertThat(execute("ingest", "x.txt", "--annotation-cache", dir.toString()).err()).contains("Unknown option");
    Path text = Files.writeString(dir.resolve("a.txt"), "Peru recalled its ambassador to Chile on Monday.");
    CodeCommandTest.Run run = execute("code", text.toString(), "--published", "2024-05-08", "--profile", "fast",
        "--annotation-cache", dir.resolve("cache").toString());
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("--annotation-cache works with --profile accurate only");
  }
}
