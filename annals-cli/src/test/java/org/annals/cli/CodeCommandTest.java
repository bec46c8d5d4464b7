package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code annals code}: output per article, and one specific message per bad input. */
class CodeCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run execute(String... args) {
    CommandLine cmd = Cli.create();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void eachBadFileGetsItsOwnReasonAndExitCode2() throws IOException {
    Path empty = file("empty.txt", new byte[0]);
    Path binary = file("image.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path latin1 = file("latin1.txt", "Le ministre a d\u00e9clar\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path digits = file("digits.txt", "2025 -- 17 / 42\n".getBytes(StandardCharsets.UTF_8));

    Run run = execute("code", empty.toString(), binary.toString(), latin1.toString(),
        digits.toString(), dir.resolve("missing.txt").toString(), "--published", "2025-07-03");

    assertThat(run.exit()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(empty + ": empty file")
        .contains(binary + ": binary file")
        .contains(latin1 + ": not valid UTF-8")
        .contains(digits + ": no text")
        .contains("missing.txt: no such file");
  }

  @Test
  void aMalformedPublicationDateIsAUsageErrorNamingTheExpectedForm() {
    Run run = execute("code", "x.txt", "--published", "03/07/2025");
    assertThat(run.exit()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains("'03/07/2025' is not a date of the form YYYY-MM-DD");
  }

  @Test
  void oneBadFileDoesNotStopTheOthers() throws IOException {
    Path good = file("call.txt", ("Chancellor Olaf Scholz and President Emmanuel Macron spoke by phone "
        + "on Monday about the war in Ukraine, the German government said.\n").getBytes(StandardCharsets.UTF_8));
    Path bad = file("bad.txt", new byte[0]);

    Run run = execute("code", bad.toString(), good.toString(), "--published", "2023-02-08");

    assertThat(run.exit()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains(bad + ": empty file");
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode article = Json.MAPPER.readTree(lines[0]);
    assertThat(article.at("/article/file").asText()).isEqualTo(good.toString());
    JsonNode call = article.at("/events/0");
    assertThat(call.at("/event").asText()).isEqualTo("CONSULT");
    assertThat(call.at("/mode").asText()).isEqualTo("phone");
    assertThat(call.at("/symmetric").asBoolean()).isTrue();
    assertThat(call.at("/date/value").asText()).isEqualTo("2023-02-06");
    String text = Files.readString(good);
    int start = call.at("/evidence/trigger/start").asInt();
    int end = call.at("/evidence/trigger/end").asInt();
    assertThat(text.substring(start, end)).isEqualTo(call.at("/evidence/trigger/text").asText());
  }

  @Test
  void eachFileIsCodedWithItsOwnDateInOneRun() throws IOException {
    String body = "The Polish foreign minister criticized Belarus over the border.";
    Path sidecar = file("a.txt", body.getBytes(StandardCharsets.UTF_8));
    file("a.meta.json", "{\"published\": \"2024-03-01\"}".getBytes(StandardCharsets.UTF_8));
    Path dateline = file("b.txt", ("WARSAW, March 13, 2024 — Officials met in Warsaw. " + body).getBytes(StandardCharsets.UTF_8));
    Path undated = file("c.txt", body.getBytes(StandardCharsets.UTF_8));

    Run run = execute("code", sidecar.toString(), dateline.toString(), undated.toString());

    assertThat(run.exit()).isZero();
    java.util.Map<String, String> dates = new java.util.HashMap<>();
    for (String line : run.out().strip().split("\n")) {
      JsonNode a = Json.MAPPER.readTree(line);
      JsonNode events = a.path("events");
      assertThat(events.size()).as(line).isPositive();
      dates.put(a.path("article").path("file").asText(), events.get(0).path("date").path("value").asText());
    }
    // an undated past-tense event happened before its file's publication date (docs/TIME.md)
    assertThat(dates).containsEntry(sidecar.toString(), "before 2024-03-01")   // the sidecar's date
        .containsEntry(dateline.toString(), "before 2024-03-13");               // the dateline's
    assertThat(run.err()).contains(undated + ": no date").doesNotContain(sidecar + ": no date")
        .doesNotContain(dateline + ": no date");
  }
}

