package org.annals.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.annals.ingest.FieldMap.Attribute;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row (RFC 4180; quoted fields may span lines), one article per row, columns
 * chosen by the {@link FieldMap} (case-insensitive). A header without a text column fails the
 * whole file; a row with a wrong number of fields fails that row. Streams row by row. Not
 * thread-safe (read once).
 */
final class CsvSource extends AbstractSource {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
      .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(false).build();
  private final RecordMapper mapper;

  CsvSource(ByteInput input, ReadOptions options) {
    super(input);
    this.mapper = new RecordMapper(options);
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    try (Reader r = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8), 1 << 16);
        CSVParser parser = parse(r)) {
      Map<String, Integer> columns = columns(parser.getHeaderNames());
      if (!mapper.covers(Attribute.TEXT, columns.keySet())) {
        throw new SkipException(FailureCode.MISSING_FIELD, "CSV header has no text column (columns: "
            + parser.getHeaderNames() + "; looked for any of " + mapper.candidates(Attribute.TEXT)
            + "; name it with --field text=NAME)");
      }
      Iterator<CSVRecord> it = parser.iterator();
      long line = parser.getCurrentLineNumber() + 1;
      while (next(it)) {
        CSVRecord rec = it.next();
        out.accept(row(rec, "record " + rec.getRecordNumber() + " (line " + line + ")", columns,
            parser.getHeaderNames().size()));
        line = parser.getCurrentLineNumber() + 1;
      }
    }
  }

  private static CSVParser parse(Reader r) {
    try {
      return FORMAT.parse(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new SkipException(FailureCode.NOT_PARSABLE, "bad CSV header (" + e.getMessage() + ")");
    }
  }

  /** hasNext with the parser's errors (an unclosed quote, an I/O error) as a failure of the file. */
  private static boolean next(Iterator<CSVRecord> it) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      throw new SkipException(FailureCode.NOT_PARSABLE, "bad CSV (" + c.getMessage() + ")", e);
    }
  }

  private SourceItem row(CSVRecord rec, String loc, Map<String, Integer> columns, int width) {
    if (rec.size() != width) {
      return fail(loc, FailureCode.MISSING_FIELD, "has " + rec.size() + " fields, the header has " + width);
    }
    try {
      return new SourceItem.Parsed(name(), loc, mapper.toArticle(field -> {
        Integer i = columns.get(field.toLowerCase(Locale.ROOT));
        return i == null ? null : rec.get(i);
      }, name()));
    } catch (SkipException e) {
      return fail(loc, e);
    }
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> m = new TreeMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    return m;
  }
}
