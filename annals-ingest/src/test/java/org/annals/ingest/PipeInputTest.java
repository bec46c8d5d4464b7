package org.annals.ingest;

import static org.annals.ingest.Fixtures.failures;
import static org.annals.ingest.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every source kind read through a named pipe (as {@code annals ingest <(cat FILE)} and FIFOs
 * are): the input is opened once, and no byte is lost to sniffing its format (issue 16, item 1).
 * A reader that re-opens the pipe blocks forever, hence the time-out in a separate thread.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PipeInputTest {
  /** Longer than the 4,096 sniffed bytes, with its date in the dateline at the very start. */
  static final String LONG_TEXT = "OSLO, July 3, 2025 — " + (Fixtures.NORWAY + "\n\n").repeat(30).strip();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"article", "article.txt"})
  void textThroughAPipeKeepsEveryByteAndTheDateline(String name) {
    List<SourceItem> items = readPipe(name, LONG_TEXT.getBytes(StandardCharsets.UTF_8));
    Article a = parsed(items).get(0).article();
    assertThat(a.text()).isEqualTo(LONG_TEXT);
    assertThat(a.published()).hasToString("2025-07-03");
  }

  @Test
  void gzippedTextThroughAPipe() {
    Article a = parsed(readPipe("article.txt.gz", gzip(LONG_TEXT))).get(0).article();
    assertThat(a.text()).isEqualTo(LONG_TEXT);
  }

  @Test
  void unnamedGzipIsSniffedAfterDecompression() {
    Article a = parsed(readPipe("article.gz", gzip(LONG_TEXT))).get(0).article();
    assertThat(a.text()).isEqualTo(LONG_TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page", "page.html"})
  void htmlThroughAPipe(String name) {
    String html = Fixtures.html("Ministers meet in Oslo", "2025-07-03", LONG_TEXT.substring(22));
    Article a = parsed(readPipe(name, html.getBytes(StandardCharsets.UTF_8))).get(0).article();
    assertThat(a.title()).isEqualTo("Ministers meet in Oslo");
    assertThat(a.text()).endsWith("joint statement.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"items", "items.jsonl"})
  void jsonLinesThroughAPipe(String name) {
    assertThat(parsed(readPipe(name, jsonLines(40)))).hasSize(40);
  }

  @ParameterizedTest
  @ValueSource(strings = {"items", "items.json"})
  void jsonArrayThroughAPipe(String name) {
    String first = "{\"text\":\"" + Fixtures.KENYA + "\",\"published\":\"2025-07-01\"}";
    String array = "[" + (first + ",").repeat(39) + first + "]";
    List<SourceItem> items = readPipe(name, array.getBytes(StandardCharsets.UTF_8));
    assertThat(failures(items)).isEmpty();
    assertThat(parsed(items)).hasSize(40);
  }

  @Test
  void csvThroughAPipe() {
    StringBuilder csv = new StringBuilder("url,date,title,text\n");
    for (int i = 0; i < 40; i++) {
      csv.append("https://a.example/").append(i).append(",2025-07-03,Talks,\"").append(Fixtures.NORWAY).append("\"\n");
    }
    List<SourceItem> items = readPipe("rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed(items)).hasSize(40);
    assertThat(parsed(items).get(0).article().url()).isEqualTo("https://a.example/0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wire", "wire.rss"})
  void feedThroughAPipe(String name) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire</title>");
    for (int i = 0; i < 30; i++) {
      rss.append("<item><title>Talks ").append(i).append("</title><link>https://wire.example/").append(i)
          .append("</link><description>").append(Fixtures.CANADA).append("</description></item>");
    }
    rss.append("</channel></rss>");
    List<SourceItem> items = readPipe(name, rss.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed(items)).hasSize(30);
    assertThat(parsed(items).get(0).article().outlet()).isEqualTo("Example Wire");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crawl", "crawl.warc", "crawl.warc.gz"})
  void warcThroughAPipe(String name) throws IOException {
    Path warc = WarcFixtures.write(dir.resolve("source-" + name), name.endsWith(".gz"));
    List<SourceItem> items = readPipe(name, Files.readAllBytes(warc));
    assertThat(parsed(items)).extracting(p -> p.article().url())
        .containsExactly("https://news.example.org/story/1", "https://news.example.org/story/1");
    assertThat(failures(items)).isEmpty();
  }

  static byte[] jsonLines(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"id\":\"k").append(i).append("\",\"text\":\"").append(Fixtures.KENYA).append("\"}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes {@code content} into a new FIFO from another thread while the source reads it. */
  private List<SourceItem> readPipe(String name, byte[] content) {
    Path fifo = mkfifo(dir.resolve(name));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    List<SourceItem> items = Fixtures.read(fifo.toString());
    writer.orTimeout(10, TimeUnit.SECONDS).join();
    assertThat(failures(items)).as("failures").isEmpty();
    return items;
  }

  static Path mkfifo(Path p) {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
      assumeTrue(proc.waitFor() == 0, "mkfifo is not available");
      return p;
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e);
      return p;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
