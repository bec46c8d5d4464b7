package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The format of an input, from its name's extension and, where that says nothing, from its first
 * bytes. Pure.
 */
public enum SourceKind {
  TEXT, HTML, JSON, JSON_LINES, CSV, FEED, WARC;

  /** How many leading bytes {@link #sniff} looks at. */
  public static final int SNIFF_BYTES = 4096;

  /**
   * The kind for a file name ({@code .gz} stripped except for {@code .warc.gz}), or null when the
   * extension says nothing.
   */
  public static SourceKind byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc.gz")) {
      return WARC;
    }
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    String ext = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
    return switch (ext) {
      case "txt", "text" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "json" -> JSON;
      case "jsonl", "ndjson", "jsonlines" -> JSON_LINES;
      case "csv" -> CSV;
      case "rss", "atom", "xml", "rdf" -> FEED;
      default -> null;
    };
  }

  /** The kind from leading (decompressed) bytes; TEXT when nothing else fits. */
  public static SourceKind sniff(byte[] head, int length) {
    String s = new String(head, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    String t = s.stripLeading();
    String l = t.toLowerCase(Locale.ROOT);
    if (t.startsWith("WARC/")) {
      return WARC;
    }
    if (t.startsWith("<")) {
      if (l.contains("<rss") || l.contains("<feed") || l.contains("<rdf:rdf")) {
        return FEED;
      }
      return HTML;
    }
    if (t.startsWith("[")) {
      return JSON;
    }
    if (t.startsWith("{")) {
      int nl = t.indexOf('\n');
      String first = nl < 0 ? t : t.substring(0, nl).strip();
      return first.endsWith("}") ? JSON_LINES : JSON;
    }
    return TEXT;
  }
}
