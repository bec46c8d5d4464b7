package org.annals.ingest;

import static org.annals.ingest.Fixtures.failures;
import static org.annals.ingest.Fixtures.parsed;
import static org.annals.ingest.Fixtures.read;
import static org.annals.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path dir;

  private static ReadOptions published(LocalDate d) {
    return new ReadOptions(d, FieldMap.defaults(), false, Duration.ofSeconds(5));
  }

  @Test
  void textFileTakesDateFromFlagSidecarOrDateline() {
    Path plain = write(dir, "plain.txt", Fixtures.NORWAY);
    assertThat(parsed(read(plain.toString(), published(LocalDate.of(2025, 7, 3)))).get(0).article().published())
        .isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(parsed(read(plain.toString())).get(0).article().published()).isNull();

    write(dir, "withmeta.txt", Fixtures.KENYA);
    write(dir, "withmeta.meta.json", "{\"published\":\"2024-03-11\",\"url\":\"https://x.example/k\","
        + "\"title\":\"Road link\",\"outlet\":\"Example Wire\"}");
    Article m = parsed(read(dir.resolve("withmeta.txt").toString(), published(LocalDate.of(2000, 1, 1))))
        .get(0).article();
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(m.url()).isEqualTo("https://x.example/k");
    assertThat(m.title()).isEqualTo("Road link");
    assertThat(m.outlet()).isEqualTo("Example Wire");
    assertThat(m.text()).isEqualTo(Fixtures.KENYA);

    Path dated = write(dir, "dated.txt", "OTTAWA, November 4, 2023 — " + Fixtures.CANADA);
    assertThat(parsed(read(dated.toString())).get(0).article().published()).isEqualTo(LocalDate.of(2023, 11, 4));
  }

  @Test
  void textFileWithBadBytesIsAFailureNamingTheFile() {
    Path bin = write(dir, "binary.txt", new byte[] {'a', 0, 1, 2, 'b'});
    List<SourceItem> items = read(bin.toString());
    assertThat(items).hasSize(1);
    SourceItem.Failure f = failures(items).get(0);
    assertThat(f.source()).isEqualTo(bin.toString());
    assertThat(f.code()).isEqualTo(FailureCode.NO_TEXT);
    assertThat(f.reason()).contains("binary");
    Path latin = write(dir, "latin.txt", "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failures(read(latin.toString())).get(0).reason()).contains("not valid UTF-8");
  }

  @Test
  void htmlFile() {
    Path p = write(dir, "story.html", Fixtures.html("Ministers meet in Oslo", "2025-07-03", Fixtures.NORWAY));
    Article a = parsed(read(p.toString())).get(0).article();
    assertThat(a.text()).contains("Santiago").doesNotContain("Copyright");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(a.file()).isEqualTo(p.toString());
  }

  @Test
  void htmlPageWithNoTextIsReported() {
    Path p = write(dir, "empty.html", "<html><body><nav>Home</nav><footer>Contact</footer></body></html>");
    SourceItem.Failure f = failures(read(p.toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.NO_TEXT);
    assertThat(f.describe()).startsWith(p + ": no article text");
  }

  @Test
  void jsonLinesWithConfiguredFieldsAndABadLine() {
    String jsonl = "{\"body\":\"" + Fixtures.NORWAY.replace("\n", "\\n") + "\",\"when\":\"2025-07-03\",\"src\":{\"name\":\"Example News\"}}\n"
        + "this is not json\n"
        + "\n"
        + "{\"body\":\"" + Fixtures.KENYA + "\",\"when\":\"last week\"}\n"
        + "[1,2]\n"
        + "{\"when\":\"2025-07-04\"}\n"
        + "{\"body\":\"" + Fixtures.CANADA + "\"}";
    Path p = write(dir, "feed.jsonl", jsonl);
    ReadOptions opts = new ReadOptions(null, FieldMap.parse(List.of("text=body", "published=when", "outlet=src.name")),
        false, Duration.ofSeconds(5));
    List<SourceItem> items = read(p.toString(), opts);
    assertThat(parsed(items)).extracting(SourceItem::locator).containsExactly("line 1", "line 7");
    Article first = parsed(items).get(0).article();
    assertThat(first.text()).isEqualTo(Fixtures.NORWAY);
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(first.outlet()).isEqualTo("Example News");
    assertThat(failures(items)).extracting(f -> f.locator() + " " + f.code())
        .containsExactly("line 2 NOT_PARSABLE", "line 4 BAD_DATE", "line 5 NOT_PARSABLE", "line 6 MISSING_FIELD");
    assertThat(failures(items).get(0).reason()).startsWith("not JSON");
    assertThat(failures(items).get(1).reason()).contains("last week");
  }

  @Test
  void jsonArrayIsStreamedElementByElement() {
    String json = "[{\"text\":\"" + Fixtures.NORWAY.replace("\n", "\\n") + "\",\"date\":\"2025-07-03\",\"url\":\"https://a.example/1\"},"
        + "{\"text\":\"\"}, {\"content\":\"" + Fixtures.CANADA + "\",\"published\":\"Nov 4, 2023\"}]";
    Path p = write(dir, "articles.json", json);
    List<SourceItem> items = read(p.toString());
    assertThat(parsed(items)).extracting(i -> i.article().published())
        .containsExactly(LocalDate.of(2025, 7, 3), LocalDate.of(2023, 11, 4));
    assertThat(failures(items)).extracting(SourceItem::locator).containsExactly("element 1");
    Path truncated = write(dir, "truncated.json", json.substring(0, json.length() - 60));
    List<SourceItem> t = read(truncated.toString());
    assertThat(parsed(t)).hasSize(1);
    assertThat(failures(t)).extracting(SourceItem.Failure::code)
        .containsExactly(FailureCode.MISSING_FIELD, FailureCode.NOT_PARSABLE);
    assertThat(failures(t).get(1).reason()).startsWith("not JSON at line 1, column");
  }

  @Test
  void csvWithQuotedMultilineFields() {
    String csv = "url,date,title,text\r\n"
        + "https://a.example/1,2025-07-03,\"Ministers meet, talk\",\"" + Fixtures.NORWAY.replace("\"", "\"\"") + "\"\r\n"
        + "https://a.example/2,2024-03-11,Road link,\"" + Fixtures.KENYA + "\"\r\n"
        + "https://a.example/3,2023-11-04,Sanctions\r\n"
        + "https://a.example/4,2023-11-05,Sanctions,\"" + Fixtures.CANADA + "\"\r\n";
    Path p = write(dir, "corpus.csv", csv);
    List<SourceItem> items = read(p.toString());
    assertThat(parsed(items)).extracting(i -> i.article().url())
        .containsExactly("https://a.example/1", "https://a.example/2", "https://a.example/4");
    assertThat(parsed(items).get(0).article().title()).isEqualTo("Ministers meet, talk");
    assertThat(parsed(items).get(0).article().text()).isEqualTo(Fixtures.NORWAY);
    assertThat(parsed(items)).extracting(SourceItem::locator)
        .containsExactly("record 1 (line 2)", "record 2 (line 5)", "record 4 (line 7)");
    SourceItem.Failure f = failures(items).get(0);
    assertThat(f.locator()).isEqualTo("record 3 (line 6)");
    assertThat(f.reason()).isEqualTo("has 3 fields, the header has 4");
  }

  @Test
  void csvWithoutTextColumnFailsTheFile() {
    Path p = write(dir, "notext.csv", "url,date,title\nhttps://a.example/1,2025-07-03,Talks\n");
    List<SourceItem> items = read(p.toString());
    assertThat(items).singleElement().isInstanceOf(SourceItem.Failure.class);
    SourceItem.Failure f = failures(items).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_FIELD);
    assertThat(f.reason()).contains("no text column", "[url, date, title]", "--field text=NAME");
    ReadOptions mapped = new ReadOptions(null, FieldMap.parse(List.of("text=title")), false, Duration.ofSeconds(5));
    assertThat(parsed(read(p.toString(), mapped))).hasSize(1);
  }

  @Test
  void gzipFilesAreDecompressedAndCorruptGzipIsReported() throws IOException {
    byte[] gz = gzip(("{\"text\":\"" + Fixtures.KENYA + "\"}\n{\"text\":\"" + Fixtures.CANADA + "\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    Path good = write(dir, "a.jsonl.gz", gz);
    assertThat(parsed(read(good.toString()))).hasSize(2);
    byte[] corrupt = gz.clone();
    for (int i = 12; i < corrupt.length - 8; i++) {
      corrupt[i] ^= 0x5a;
    }
    Path bad = write(dir, "bad.jsonl.gz", corrupt);
    List<SourceItem> items = read(bad.toString());
    assertThat(failures(items)).isNotEmpty();
    assertThat(failures(items).get(failures(items).size() - 1).code()).isEqualTo(FailureCode.CORRUPT);
    Path truncated = write(dir, "cut.txt.gz", Arrays.copyOf(gzip(Fixtures.NORWAY.getBytes(StandardCharsets.UTF_8)), 30));
    SourceItem.Failure f = failures(read(truncated.toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.CORRUPT);
    assertThat(f.reason()).contains("unexpected end");
  }

  @Test
  void rssAndAtomFeedFiles() {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire</title>"
        + "<link>https://wire.example.com/</link><description>News</description>"
        + "<item><title>Road link agreed</title><link>https://wire.example.com/nairobi</link>"
        + "<pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;" + Fixtures.KENYA
        + "&lt;/p&gt;</description></item>"
        + "<item><title>Only a title</title><link>https://wire.example.com/empty</link></item>"
        + "</channel></rss>";
    Path p = write(dir, "wire.rss", rss);
    List<SourceItem> items = read(p.toString());
    Article a = parsed(items).get(0).article();
    assertThat(a.text()).isEqualTo(Fixtures.KENYA);
    assertThat(a.outlet()).isEqualTo("Example Wire");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(a.url()).isEqualTo("https://wire.example.com/nairobi");
    assertThat(failures(items)).singleElement().satisfies(f -> {
      assertThat(f.locator()).isEqualTo("entry 2 (https://wire.example.com/empty)");
      assertThat(f.reason()).contains("--fetch-links");
    });
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Example News</title><id>urn:x</id><updated>2023-11-04T10:00:00Z</updated>"
        + "<entry><title>Sanctions</title><id>urn:x:1</id><link href=\"https://news.example.org/s\"/>"
        + "<published>2023-11-04T10:00:00Z</published><updated>2023-11-05T10:00:00Z</updated>"
        + "<content type=\"html\">&lt;p&gt;" + Fixtures.CANADA + "&lt;/p&gt;</content></entry></feed>";
    Path at = write(dir, "news.xml", atom);
    Article b = parsed(read(at.toString())).get(0).article();
    assertThat(b.text()).isEqualTo(Fixtures.CANADA);
    assertThat(b.published()).isEqualTo(LocalDate.of(2023, 11, 4));
  }

  @Test
  void feedThatIsNotXmlIsReported() {
    Path p = write(dir, "broken.rss", "this is { not xml at all");
    SourceItem.Failure f = failures(read(p.toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.NOT_PARSABLE);
    assertThat(f.reason()).startsWith("not an RSS or Atom feed");
  }

  @Test
  void warcAndWarcGzResponsesBecomeArticles() {
    for (boolean gz : new boolean[] {false, true}) {
      Path p = WarcFixtures.write(dir.resolve(gz ? "crawl.warc.gz" : "crawl.warc"), gz);
      List<SourceItem> items = read(p.toString());
      assertThat(failures(items)).isEmpty();
      assertThat(parsed(items)).extracting(i -> i.article().url())
          .containsExactly("https://news.example.org/story/1", "https://news.example.org/story/1");
      assertThat(parsed(items).get(0).article().published()).isEqualTo(LocalDate.of(2025, 7, 3));
      assertThat(parsed(items).get(1).article().text()).isEqualTo("Road link agreed\n\n" + Fixtures.KENYA);
      assertThat(parsed(items).get(1).locator()).startsWith("record 5 (offset ").endsWith("https://news.example.org/nairobi)");
    }
  }

  @Test
  void corruptWarcReportsTheRecordAndKeepsWhatCameBefore() throws IOException {
    Path p = WarcFixtures.write(dir.resolve("crawl.warc"), false);
    byte[] bytes = Files.readAllBytes(p);
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1", s.indexOf("WARC/1") + 1);
    int third = s.indexOf("WARC/1", second + 1);
    byte[] damaged = bytes.clone();
    damaged[third] = 'X';
    damaged[third + 1] = 'Y';
    Path bad = write(dir, "bad.warc", damaged);
    List<SourceItem> items = read(bad.toString());
    assertThat(parsed(items)).hasSize(1);
    SourceItem.Failure f = failures(items).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.CORRUPT);
    assertThat(f.reason()).startsWith("corrupt WARC at record 3 (after the record at offset " + second + "): ");
  }

  @Test
  void directoryIsReadRecursivelyInSortedOrderSkippingSidecarsAndHiddenFiles() {
    write(dir, "b/2.txt", Fixtures.CANADA);
    write(dir, "b/1.txt", Fixtures.KENYA);
    write(dir, "b/1.meta.json", "{\"published\":\"2024-03-11\"}");
    write(dir, "a.html", Fixtures.html("Oslo", null, Fixtures.NORWAY));
    write(dir, ".hidden/x.txt", Fixtures.GERMAN);
    write(dir, "c/noext", "{\"text\":\"" + Fixtures.KENYA + "\"}\n");
    write(dir, "c/README.md", "# Notes about this folder");
    List<SourceItem> items = read(dir.toString());
    assertThat(failures(items)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.UNSUPPORTED);
      assertThat(f.source()).isEqualTo(dir.resolve("c/README.md").toString());
    });
    items = parsed(items).stream().map(SourceItem.class::cast).toList();
    assertThat(items).extracting(SourceItem::source).containsExactly(
        dir.resolve("a.html").toString(), dir.resolve("b/1.txt").toString(), dir.resolve("b/2.txt").toString(),
        dir.resolve("c/noext").toString());
    assertThat(parsed(items).get(1).article().published()).isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void stdinIsSniffed() {
    ReadOptions o = ReadOptions.defaults();
    assertThat(parsed(Fixtures.readStdin(Fixtures.KENYA.getBytes(StandardCharsets.UTF_8), o)).get(0).article().text())
        .isEqualTo(Fixtures.KENYA);
    byte[] jsonl = ("{\"text\":\"" + Fixtures.KENYA + "\"}\n{\"text\":\"" + Fixtures.CANADA + "\"}\n")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(parsed(Fixtures.readStdin(jsonl, o))).hasSize(2).allMatch(i -> i.source().equals("<stdin>"));
    byte[] html = Fixtures.html("Oslo", "2025-07-03", Fixtures.NORWAY).getBytes(StandardCharsets.UTF_8);
    assertThat(parsed(Fixtures.readStdin(html, o)).get(0).article().title()).isEqualTo("Oslo");
  }

  @Test
  void missingFileIsAFailure() {
    SourceItem.Failure f = failures(read(dir.resolve("nope.txt").toString())).get(0);
    assertThat(f.code()).isEqualTo(FailureCode.UNREADABLE);
    assertThat(f.reason()).isEqualTo("no such file or directory");
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(data);
    }
    return bos.toByteArray();
  }
}
