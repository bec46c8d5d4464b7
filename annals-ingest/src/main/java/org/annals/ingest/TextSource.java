package org.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.Json;
import org.annals.model.TextInput;

/**
 * A plain-text file holding one article. The publication date comes from a sidecar {@code
 * NAME.meta.json} (fields published/url/title/outlet; {@code a.txt.meta.json} or {@code
 * a.meta.json}), else from {@code --published}, else from a dateline ("MOSCOW, July 3, 2025 —").
 * Not thread-safe (read once).
 */
final class TextSource extends AbstractSource {
  private final ReadOptions options;

  TextSource(ByteInput input, ReadOptions options) {
    super(input);
    this.options = options;
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    String text;
    try {
      text = TextInput.decode(input.readAll(TextInput.MAX_BYTES), name());
    } catch (SkipException e) {
      throw e;
    } catch (BadInputException e) {
      throw new SkipException(FailureCode.NO_TEXT, stripName(e.getMessage()));
    }
    Sidecar meta = Sidecar.find(input.path());
    LocalDate published = meta.published() != null ? meta.published()
        : options.published() != null ? options.published() : Dates.dateline(text);
    out.accept(new SourceItem.Parsed(name(), "", new Article(null, name(), meta.url(), meta.title(),
        meta.outlet(), published, null, text)));
  }

  private String stripName(String message) {
    return message.startsWith(name() + ": ") ? message.substring(name().length() + 2) : message;
  }

  /** Metadata from a sidecar file; all fields null when there is none. */
  record Sidecar(LocalDate published, String url, String title, String outlet) {
    static final Sidecar NONE = new Sidecar(null, null, null, null);

    static Sidecar find(Path file) throws IOException {
      if (file == null) {
        return NONE;
      }
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      for (String candidate : new String[] {name, dot > 0 ? name.substring(0, dot) : null}) {
        if (candidate == null) {
          continue;
        }
        Path p = file.resolveSibling(candidate + ".meta.json");
        if (Files.isRegularFile(p)) {
          return read(p);
        }
      }
      return NONE;
    }

    private static Sidecar read(Path p) throws IOException {
      JsonNode n;
      try {
        n = Json.MAPPER.readTree(p.toFile());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SkipException(FailureCode.NOT_PARSABLE, "sidecar " + p.getFileName() + " is not JSON ("
            + e.getOriginalMessage() + ")");
      }
      if (n == null || !n.isObject()) {
        throw new SkipException(FailureCode.NOT_PARSABLE, "sidecar " + p.getFileName() + " is not a JSON object");
      }
      String date = text(n, "published");
      LocalDate published = Dates.parse(date);
      if (date != null && published == null) {
        throw new SkipException(FailureCode.BAD_DATE, "sidecar " + p.getFileName() + ": 'published' is not a date: " + date);
      }
      return new Sidecar(published, text(n, "url"), text(n, "title"), text(n, "outlet"));
    }

    private static String text(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }
}
