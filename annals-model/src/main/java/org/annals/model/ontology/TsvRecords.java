package org.annals.model.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading and writing the project's compiled record files (the bundled CAMEO verb dictionary, the
 * bundled Phoenix dictionaries): UTF-8 text, comment lines starting with {@code #} (the header
 * says what the file was compiled from), then one tab-separated row per record whose first cell
 * names the record's kind. Free text is escaped ({@code \t}, {@code \n}, {@code \r},
 * {@code \\}); other cells
 * must not hold the characters their format reserves, which the writer checks. Errors of a read
 * name the file and line. Stateless; thread-safe.
 */
public final class TsvRecords {
  private TsvRecords() {}

  /** Receives one row (its cells, the first naming its kind). */
  public interface RowHandler {
    void row(String[] cells);
  }

  /** Writes {@code lines} as comment lines ({@code #} alone for an empty one). */
  public static void header(Writer out, List<String> lines) throws IOException {
    for (String h : lines) {
      out.write(h.isEmpty() ? "#\n" : "# " + h + "\n");
    }
  }

  /** Writes one row. */
  public static void row(Writer out, Object... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      out.write((i == 0 ? "" : "\t") + cells[i]);
    }
    out.write('\n');
  }

  /**
   * Reads every row in order; a {@link RuntimeException} of the handler becomes an
   * {@link IllegalStateException} naming {@code name} and the line.
   */
  public static void read(String name, Reader in, RowHandler handler) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (!line.isEmpty() && !line.startsWith("#")) {
        try {
          handler.row(line.split("\t", -1));
        } catch (RuntimeException e) {
          throw new IllegalStateException(name + " line " + n + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** The cells of a row that must have exactly {@code n}. */
  public static String[] cells(String[] c, int n) {
    if (c.length != n) {
      throw new IllegalArgumentException("'" + c[0] + "' row needs " + n + " cells, has " + c.length);
    }
    return c;
  }

  /** A line number cell. */
  public static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a line number: '" + s + "'", e);
    }
  }

  /** The items of a list cell; none when empty. */
  public static List<String> split(String s, String sep) {
    return s.isEmpty() ? List.of() : List.of(s.split(Pattern.quote(sep), -1));
  }

  /** {@code s} when it holds none of {@code reserved} (nor a line break), else an error. */
  public static String checked(String s, String reserved) {
    for (char c : (reserved + "\n\r").toCharArray()) {
      if (s.indexOf(c) >= 0) {
        throw new IllegalArgumentException("'" + s + "' holds a reserved character '" + c + "'");
      }
    }
    return s;
  }

  /** Free text for a cell: tab, line breaks and backslash escaped. */
  public static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  /** The text {@link #escape} was given. */
  public static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
