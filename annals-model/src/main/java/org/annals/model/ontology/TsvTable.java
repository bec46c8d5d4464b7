package org.annals.model.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.AnnalsException;

/**
 * A tab-separated data file of the project's own format: a first line {@code # source...} naming
 * where the facts come from, a header line of column names, then one row per line. Blank lines and
 * further lines starting with {@code #} are skipped. Cells are trimmed; an empty cell is absent.
 * Errors name the file and line. Immutable and thread-safe once read.
 *
 * @param name the file name used in error messages
 * @param source the text of the first comment line
 */
public record TsvTable(String name, String source, List<String> columns, List<Row> rows) {

  public TsvTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One data row; {@link #fail} builds an error naming file and line. */
  public record Row(String file, int line, Map<String, String> cells) {

    /** A required cell; fails with file:line when it is empty. */
    public String get(String column) {
      String v = opt(column);
      if (v == null) {
        throw fail("column '" + column + "' is empty");
      }
      return v;
    }

    /** An optional cell, or null when empty or {@code -}. */
    public String opt(String column) {
      String v = cells.get(column);
      return v == null || v.isEmpty() || v.equals("-") ? null : v;
    }

    /** A list cell separated by {@code ;} (or {@code |}), empty when absent. */
    public List<String> list(String column) {
      String v = opt(column);
      if (v == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : v.split("[;|]")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return List.copyOf(out);
    }

    public double number(String column) {
      String v = get(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw fail("column '" + column + "' is not a number: '" + v + "'");
      }
    }

    public AnnalsException fail(String message) {
      return new AnnalsException(file + ":" + line + ": " + message);
    }
  }

  /** Reads a classpath resource relative to {@code anchor}'s package, e.g. {@code cameo.tsv}. */
  public static TsvTable resource(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new AnnalsException("missing data resource " + resource + " next to " + anchor.getName());
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, r);
    } catch (IOException e) {
      throw new AnnalsException("cannot read data resource " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads a file. */
  public static TsvTable file(Path path) {
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return parse(path.toString(), r);
    } catch (IOException e) {
      throw new AnnalsException("cannot read data file " + path + ": " + e.getMessage(), e);
    }
  }

  /** Parses text already open; {@code name} is used in error messages. */
  public static TsvTable parse(String name, BufferedReader reader) throws IOException {
    String first = reader.readLine();
    if (first == null || !first.startsWith("#")) {
      throw new AnnalsException(name + ":1: the first line must be a '# source' comment");
    }
    String header = reader.readLine();
    if (header == null || header.isBlank()) {
      throw new AnnalsException(name + ":2: missing header line");
    }
    List<String> columns = List.of(header.split("\t", -1));
    List<Row> rows = new ArrayList<>();
    int lineNo = 2;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > columns.size()) {
        throw new AnnalsException(name + ":" + lineNo + ": " + cells.length + " cells but the header has "
            + columns.size() + " columns");
      }
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < cells.length; i++) {
        map.put(columns.get(i), cells[i].trim());
      }
      rows.add(new Row(name, lineNo, Map.copyOf(map)));
    }
    return new TsvTable(name, first.substring(1).trim(), columns, rows);
  }
}
