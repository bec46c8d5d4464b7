package org.annals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files with jwarc: two news pages, an image, a 404 and a resource record. */
final class WarcFixtures {
  private WarcFixtures() {}

  static Path write(Path file, boolean gzip) {
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant crawl = Instant.parse("2025-07-04T12:00:00Z");
      w.write(response("https://news.example.org/oslo", 200, MediaType.HTML_UTF8,
          Fixtures.html("Ministers meet in Oslo", "2025-07-03", Fixtures.NORWAY), crawl));
      w.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"), "PNG", crawl));
      w.write(response("https://news.example.org/missing", 404, MediaType.HTML_UTF8, "<p>Not found</p>", crawl));
      w.write(new WarcResource.Builder(URI.create("urn:example:note")).date(crawl)
          .body(MediaType.PLAIN_TEXT, "crawl notes".getBytes(StandardCharsets.UTF_8)).build());
      w.write(response("https://news.example.org/nairobi", 200, MediaType.parse("text/html"),
          Fixtures.html("Road link agreed", null, Fixtures.KENYA), crawl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static WarcResponse response(String url, int status, MediaType type, String body, Instant date)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }
}
