package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annals eval timeml} run standalone on folders written by the test. */
class TimemlEvalCommandTest {
  private static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2025-07-03" functionInDocument="CREATION_TIME">20250703</TIMEX3></DCT>
      <TEXT>
      The port authority closed the northern pier on <TIMEX3 tid="t1" type="DATE" value="2025-07-01">Tuesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TimemlEvalCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void missingFolderIsBadInput(@TempDir Path dir) {
    Run r = run(dir.resolve("absent").toString(), "--quiet");
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("absent").contains("no such directory");
  }

  @Test
  void onlyMalformedDocumentsAreReportedWithoutLoadingModels(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("cut.tml"), "<TimeML><TEXT>The pier <TIMEX3>closed</TEXT>");
    Run r = run(dir.toString(), "--quiet");
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("skipped").contains("cut.tml").contains("not well-formed");
  }

  @Test
  void scoresAWellFormedDocumentAndSkipsABrokenOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.tml"), DOC);
    Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>no creation time</TEXT></TimeML>");
    Run r = run(dir.toString(), "--json", "--quiet");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("b.tml").contains("DCT");
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("documents").asInt()).isEqualTo(1);
    assertThat(j.get("value_f1").asDouble()).isEqualTo(1.0);
    assertThat(j.get("strict_f1").asDouble()).isEqualTo(1.0);
    for (String k : new String[] {"strict_f1", "relaxed_f1", "value_f1", "type_f1"}) {
      assertThat(j.get("baseline").get(k).asDouble()).isBetween(0.0, 1.0);
    }
  }
}
