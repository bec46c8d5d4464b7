package org.annals.ingest;

import static org.annals.ingest.Fixtures.failures;
import static org.annals.ingest.Fixtures.read;
import static org.annals.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs from issue 16 that were reported wrongly: each is now a specific, located failure. */
class MalformedInputTest {
  @TempDir Path dir;

  @Test
  void jsonNestedDeeperThanTheParserAllowsIsNotParsableWithALocation() {
    Path p = write(dir, "deep.json", "[" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1500) + "]");
    SourceItem.Failure f = failures(read(p.toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.NOT_PARSABLE);
    assertThat(f.reason()).contains("line 1, column").contains("nesting depth");
    Path arrays = write(dir, "arrays.json", "[".repeat(5000));
    SourceItem.Failure g = failures(read(arrays.toString())).get(0);
    assertThat(g.code()).isEqualTo(FailureCode.NOT_PARSABLE);
    assertThat(g.reason()).contains("line 1, column");
  }

  @Test
  void deepJsonLineIsReportedByLine() {
    Path p = write(dir, "deep.jsonl", "{\"text\":\"" + Fixtures.KENYA + "\"}\n" + "[".repeat(3000) + "\n");
    SourceItem.Failure f = failures(read(p.toString())).get(0);
    assertThat(f.locator()).isEqualTo("line 2");
    assertThat(f.code()).isEqualTo(FailureCode.NOT_PARSABLE);
  }

  @Test
  void warcErrorsShowBytesAsTwoHexDigits() {
    byte[] head = "WARC/1.0\r\nWARC-Type: response\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xd4;
    bytes[head.length + 1] = (byte) 0xff;
    bytes[head.length + 2] = '\r';
    bytes[head.length + 3] = '\n';
    SourceItem.Failure f = failures(read(write(dir, "bad.warc", bytes).toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.CORRUPT);
    assertThat(f.reason()).doesNotContain("ffffff");
    assertThat(WarcSource.message(new java.io.IOException("at \\xffffffd4\\x41"))).isEqualTo("at \\xd4\\x41");
  }

  /** Found by ReaderFuzzTest.warc: jwarc throws IllegalArgumentException for a repeated header. */
  @Test
  void warcRecordWithARepeatedTargetHeaderIsCorruptNotInternal() {
    String page = "<html><body><p>" + Fixtures.KENYA + "</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length() + "\r\n\r\n" + page;
    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/1\r\n"
        + "WARC-Target-URI: https://a.example/2\r\nWARC-Date: 2025-07-04T12:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n"
        + http + "\r\n\r\n";
    SourceItem.Failure f = failures(read(write(dir, "twice.warc", warc).toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.CORRUPT);
    assertThat(f.reason()).contains("WARC-Target-URI");
    assertThat(f.locator()).isEqualTo("record 1 (offset 0)");
  }

  @Test
  void progressDoesNotGuessATotalFromAFileThatIsBufferedWhole() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LongAdder bytesRead = new LongAdder();
    bytesRead.add(4000);
    boolean[] inputDone = {false};
    try (Progress p = new Progress(IngestConfig.ProgressMode.OFF, new PrintStream(out, true, StandardCharsets.UTF_8),
        4000, bytesRead, () -> inputDone[0] ? 40 : 17, () -> 12, () -> 0, () -> inputDone[0])) {
      p.draw();
      inputDone[0] = true;
      p.draw();
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).doesNotContain("of ~");
    assertThat(lines[1]).contains("30% of ~40");
  }

  /**
   * Found by ReaderFuzzTest (json, feed): JSON escapes and HTML put NUL characters and lone
   * surrogates into articles, which PostgreSQL cannot store and UTF-8 cannot encode.
   */
  @Test
  void nulsAndLoneSurrogatesAreLeftOutOfArticles() {
    Path p = write(dir, "escapes.jsonl", "{\"text\": \"Talks \\u0000in Oslo.\"}\n{\"text\": \"Talks \\ud800in Rome.\"}\n"
        + "{\"text\": \"" + Fixtures.KENYA + "\", \"title\": \"Road\\u0000 link\\udc00\"}\n{\"text\": \"\\u0000\"}\n");
    List<SourceItem> items = read(p.toString());
    assertThat(Fixtures.parsed(items)).extracting(i -> i.article().text())
        .containsExactly("Talks in Oslo.", "Talks in Rome.", Fixtures.KENYA);
    assertThat(Fixtures.parsed(items).get(0).article().id()).isEqualTo(org.annals.model.Article.contentId("Talks in Oslo."));
    assertThat(Fixtures.parsed(items).get(2).article().title()).isEqualTo("Road link");
    assertThat(failures(items)).extracting(SourceItem.Failure::code).containsExactly(FailureCode.NO_TEXT);
    assertThat(Texts.isClean("Emoji \uD83D\uDE00 is fine")).isTrue();
    Path html = write(dir, "nul.html", "<html><body><p>Talks\u0000 in Oslo \uD800began.</p></body></html>");
    assertThat(Fixtures.parsed(read(html.toString()))).allSatisfy(i -> assertThat(Texts.isClean(i.article().text())).isTrue());
  }

  @Test
  void fullWidthDigitsAreNotDates() {
    assertThat(Dates.parse("２０２５-０７-０３")).isNull();
    assertThat(Dates.parse("July ３, ２０２５")).isNull();
    assertThat(Dates.parse("2025-07-03")).hasToString("2025-07-03");
  }
}
