package org.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.model.Json;

/**
 * Metadata of an article file from its sidecar {@code NAME.meta.json} ({@code a.txt.meta.json}
 * or {@code a.meta.json}; fields published/url/title/outlet); all fields null when there is none.
 * A sidecar that is not a JSON object, or whose date is no date, is a {@link SkipException}.
 * Immutable.
 */
public record Sidecar(LocalDate published, String url, String title, String outlet) {
  public static final Sidecar NONE = new Sidecar(null, null, null, null);

  public static Sidecar find(Path file) throws IOException {
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
