package org.annals.model;

/**
 * A half-open character range {@code [start, end)} in an article's text.
 * Invariant: {@code 0 <= start <= end}.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  public String of(String source) {
    return source.substring(start, end);
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
