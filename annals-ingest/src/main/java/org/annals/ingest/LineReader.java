package org.annals.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a length limit, so that a file without line breaks cannot fill the memory: an
 * over-long line is skipped to its end and reported. Not thread-safe.
 */
final class LineReader {
  /** One line, or a note that it was too long ({@code text} null). */
  record Line(long number, String text, long length) {}

  private final Reader in;
  private final int maxChars;
  private final StringBuilder sb = new StringBuilder();
  private long number;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator, or null at the end of input. */
  Line next() throws IOException {
    sb.setLength(0);
    long length = 0;
    int c = in.read();
    if (c < 0) {
      return null;
    }
    number++;
    while (c >= 0 && c != '\n') {
      if (length < maxChars) {
        sb.append((char) c);
      }
      length++;
      c = in.read();
    }
    if (length > maxChars) {
      sb.setLength(0);
      sb.trimToSize();
      return new Line(number, null, length);
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') {
      sb.setLength(end - 1);
    }
    return new Line(number, sb.toString(), length);
  }
}
