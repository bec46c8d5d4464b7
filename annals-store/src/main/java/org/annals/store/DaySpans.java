package org.annals.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of days as disjoint, non-adjacent closed intervals of epoch days (the open ends of
 * {@link DateFit} are {@link DateFit#OPEN_LO} and {@link DateFit#OPEN_HI}). Used by the writer to
 * know which days of a bucket it has already read back. Not thread-safe.
 */
final class DaySpans {
  /** Interval start to interval end (inclusive). */
  private final TreeMap<Long, Long> spans = new TreeMap<>();

  /**
   * Adds {@code [lo, hi]}; returns the parts of it that were not covered before (as
   * {@code long[] {lo, hi}} pairs, in order), which are empty when it was covered already.
   */
  List<long[]> add(long lo, long hi) {
    List<long[]> gaps = new ArrayList<>();
    long from = lo;
    Map.Entry<Long, Long> before = spans.floorEntry(lo);
    if (before != null && before.getValue() >= lo) {
      from = before.getValue() + 1;
    }
    for (Map.Entry<Long, Long> e : spans.subMap(lo, false, hi, true).entrySet()) {
      if (e.getKey() > from) {
        gaps.add(new long[] {from, e.getKey() - 1});
      }
      from = Math.max(from, e.getValue() + 1);
    }
    if (from <= hi) {
      gaps.add(new long[] {from, hi});
    }
    if (!gaps.isEmpty()) {
      insert(lo, hi);
    }
    return gaps;
  }

  /** Merges {@code [lo, hi]} with every span it overlaps or touches. */
  private void insert(long lo, long hi) {
    long start = lo;
    long end = hi;
    Map.Entry<Long, Long> before = spans.floorEntry(lo);
    if (before != null && before.getValue() >= lo - 1) {
      start = before.getKey();
      end = Math.max(end, before.getValue());
    }
    Map.Entry<Long, Long> next = spans.ceilingEntry(start);
    while (next != null && next.getKey() <= end + 1) {
      end = Math.max(end, next.getValue());
      spans.remove(next.getKey());
      next = spans.ceilingEntry(start);
    }
    spans.put(start, end);
  }

  /** The spans, in order (for tests). */
  List<long[]> spans() {
    return spans.entrySet().stream().map(e -> new long[] {e.getKey(), e.getValue()}).toList();
  }
}
