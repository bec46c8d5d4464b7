package org.annals.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.annals.model.Json;
import org.annals.model.TextInput;

/**
 * JSON Lines (one object per line; a bad line is skipped and reported with its number) and JSON
 * documents (an array of objects, streamed element by element, or one or more top-level objects).
 * Field names come from the {@link FieldMap}; dotted names reach into nested objects. Not
 * thread-safe (read once).
 */
final class JsonSource extends AbstractSource {
  private final boolean lines;
  private final RecordMapper mapper;

  JsonSource(ByteInput input, ReadOptions options, boolean lines) {
    super(input);
    this.lines = lines;
    this.mapper = new RecordMapper(options);
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    try (InputStream in = new BufferedInputStream(input.open(), 1 << 16)) {
      if (lines) {
        readLines(in, out);
      } else {
        readDocument(in, out);
      }
    }
  }

  private void readLines(InputStream in, Consumer<SourceItem> out) throws IOException {
    LineReader reader = new LineReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
        TextInput.MAX_BYTES);
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      String loc = "line " + line.number();
      if (line.text() == null) {
        out.accept(fail(loc, FailureCode.TOO_LARGE, "line of " + line.length() + " characters is too large for one article"));
      } else if (!line.text().isBlank()) {
        out.accept(parseRecord(line.text(), loc));
      }
    }
  }

  private SourceItem parseRecord(String line, String loc) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return fail(loc, FailureCode.NOT_PARSABLE, "not JSON (" + e.getOriginalMessage() + ")");
    }
    return toItem(n, loc);
  }

  private void readDocument(InputStream in, Consumer<SourceItem> out) throws IOException {
    try (JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
      try {
        readValues(p, out);
      } catch (JsonProcessingException e) {
        throw notJson(e, p);
      }
    }
  }

  private void readValues(JsonParser p, Consumer<SourceItem> out) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new SkipException(FailureCode.NO_TEXT, "empty JSON file");
    }
    int index = 0;
    if (t == JsonToken.START_ARRAY) {
      for (t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
        out.accept(element(p, "element " + index++));
      }
      if (t == null) {
        throw new SkipException(FailureCode.NOT_PARSABLE, "truncated JSON: the array is not closed");
      }
    } else {
      for (; t != null; t = p.nextToken()) {
        out.accept(element(p, "value " + index++));
      }
    }
  }

  /**
   * The file is not (valid) JSON, at the error's location, else at the parser's (a nesting-depth
   * or other limit error has none of its own).
   */
  private static SkipException notJson(JsonProcessingException e, JsonParser p) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return new SkipException(FailureCode.NOT_PARSABLE, "not JSON at line " + at.getLineNr()
        + ", column " + at.getColumnNr() + " (" + e.getOriginalMessage() + ")");
  }

  private SourceItem element(JsonParser p, String loc) throws IOException {
    JsonNode n = Json.MAPPER.readTree(p);
    return toItem(n, loc);
  }

  private SourceItem toItem(JsonNode n, String loc) {
    if (n == null || !n.isObject()) {
      return fail(loc, FailureCode.NOT_PARSABLE, "not a JSON object");
    }
    try {
      return new SourceItem.Parsed(name(), loc, mapper.toArticle(field -> field(n, field), name()));
    } catch (SkipException e) {
      return fail(loc, e);
    }
  }

  /** The value at a (possibly dotted) field name as text; objects and arrays count as absent. */
  static String field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null && name.indexOf('.') > 0) {
      v = n;
      for (String part : name.split("\\.")) {
        v = v == null ? null : v.get(part);
      }
    }
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
