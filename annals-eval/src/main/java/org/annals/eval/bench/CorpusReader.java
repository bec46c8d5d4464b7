package org.annals.eval.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.Article;
import org.annals.model.BadInputException;

/**
 * Reads a benchmark corpus: CSV files with a header and the columns {@code url,date,title,text}
 * (texts hold quotes and newlines; parsed with Jackson's CSV module). A row without text is
 * skipped; an unparsable date leaves the article undated. Stateless and thread-safe.
 */
public final class CorpusReader {
  private static final CsvMapper CSV = new CsvMapper();

  private CorpusReader() {}

  /** The articles of {@code files} in order, at most {@code limit} (0: all). */
  public static List<Article> read(List<Path> files, int limit) {
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      readFile(f, out, limit);
      if (limit > 0 && out.size() >= limit) {
        break;
      }
    }
    return out;
  }

  private static void readFile(Path f, List<Article> out, int limit) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader in = Files.newBufferedReader(f);
         MappingIterator<Map<String, String>> rows =
             CSV.readerFor(Map.class).with(schema).readValues(in)) {
      if (!rows.hasNext()) {
        return;
      }
      while (rows.hasNext() && (limit <= 0 || out.size() < limit)) {
        Map<String, String> row = rows.next();
        if (!row.containsKey("text")) {
          throw new BadInputException(f + ": no text column (expected url,date,title,text)");
        }
        String text = row.get("text");
        if (text != null && !text.isBlank()) {
          out.add(new Article(null, f.toString(), row.get("url"), row.get("title"), null,
              date(row.get("date")), "en", text));
        }
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(f + ": no such file");
    } catch (IOException | RuntimeException e) {
      if (e instanceof BadInputException b) {
        throw b;
      }
      throw new BadInputException(f + ": not a readable CSV corpus (" + e.getMessage() + ")", e);
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
