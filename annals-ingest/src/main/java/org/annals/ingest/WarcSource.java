package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.Article;
import org.annals.model.TextInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz files (jwarc): each response record with HTTP status 200 and an HTML payload
 * becomes an article through {@link HtmlExtractor}, with the record's target URI as fallback URL.
 * Other records (requests, metadata, images, redirects) are passed over silently. A damaged
 * record ends the file with a failure naming the offset of the last good record (WARC has no
 * resynchronisation point).
 * Streams record by record. Not thread-safe (read once).
 */
final class WarcSource extends AbstractSource {
  private final ReadOptions options;

  WarcSource(ByteInput input, ReadOptions options) {
    super(input);
    this.options = options;
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    try (InputStream raw = input.openRaw(); WarcReader reader = new WarcReader(raw)) {
      int n = 0;
      long previous = -1;
      while (true) {
        Optional<WarcRecord> rec;
        try {
          rec = reader.next();
        } catch (IOException | RuntimeException e) {
          throw new SkipException(FailureCode.CORRUPT, "corrupt WARC at record " + (n + 1)
              + (n == 0 ? " (the first)" : " (after the record at offset " + previous + ")") + ": " + message(e), e);
        }
        if (rec.isEmpty()) {
          if (n == 0) {
            throw new SkipException(FailureCode.NO_TEXT, "empty WARC file");
          }
          return;
        }
        n++;
        previous = reader.position();
        if (rec.get() instanceof WarcResponse resp) {
          SourceItem item = response(resp, n, previous);
          if (item != null) {
            out.accept(item);
          }
        }
      }
    }
  }

  /** An article or failure for an HTML response, or null for records that are not news pages. */
  private SourceItem response(WarcResponse resp, int n, long offset) {
    String target;
    try {
      target = resp.target();
    } catch (IllegalArgumentException e) { // found by ReaderFuzzTest: "record has 2 WARC-Target-URI headers"
      return fail("record " + n + " (offset " + offset + ")", FailureCode.CORRUPT, "bad WARC header: " + message(e));
    }
    String loc = "record " + n + " (offset " + offset + ", " + target + ")";
    try {
      if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return null;
      }
      HttpResponse http = resp.http();
      MediaType type = http.contentType().base();
      if (http.status() != 200 || !(type.equals(MediaType.HTML) || "xhtml+xml".equals(type.subtype()))) {
        return null;
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes(TextInput.MAX_BYTES + 1);
      }
      if (body.length > TextInput.MAX_BYTES) {
        return fail(loc, FailureCode.TOO_LARGE, "page larger than " + TextInput.MAX_BYTES + " bytes");
      }
      Article a = HtmlExtractor.extract(body, target, name());
      if (a.published() == null && options.published() != null) {
        a = a.withPublished(options.published());
      }
      return new SourceItem.Parsed(name(), loc, a);
    } catch (SkipException e) {
      return fail(loc, e);
    } catch (IOException | IllegalArgumentException e) {
      return fail(loc, FailureCode.CORRUPT, "bad HTTP response in record: " + message(e));
    }
  }

  /** The exception's message; bytes that jwarc prints sign-extended ({@code \xffffffd4}) as {@code \xd4}. */
  static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage().replaceAll("\\\\x[fF]{6}([0-9a-fA-F]{2})", "\\\\x$1");
  }
}
