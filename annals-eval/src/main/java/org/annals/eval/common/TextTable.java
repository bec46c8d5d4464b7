package org.annals.eval.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with left-aligned columns sized to their widest cell, for the readable
 * reports of {@code annals eval} and {@code annals bench}. Not thread-safe (build, then print).
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  public TextTable(String... header) {
    this.columns = header.length;
    rows.add(header.clone());
  }

  /** Adds a row; missing cells are blank, extra cells are an error. */
  public TextTable row(Object... cells) {
    if (cells.length > columns) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns);
    }
    String[] r = new String[columns];
    for (int i = 0; i < columns; i++) {
      r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
    }
    rows.add(r);
    return this;
  }

  @Override
  public String toString() {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      line(sb, rows.get(k), width);
      if (k == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(width[i]);
        }
        line(sb, rule, width);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] r, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < r.length; i++) {
      l.append(r[i]);
      if (i < r.length - 1) {
        l.append(" ".repeat(width[i] - r[i].length() + 2));
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
