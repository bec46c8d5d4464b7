package org.annals.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.model.BadInputException;

/** Export formats of {@link EventStore#export} (columns and meanings: docs/EXPORTS.md). */
public enum ExportFormat {
  /** GDELT 2.0 event table: 61 tab-separated columns, no header. */
  GDELT("gdelt"),
  /** GDELT 2.0 mentions table: 16 tab-separated columns, no header, one row per mention. */
  GDELT_MENTIONS("gdelt-mentions"),
  /** PLOVER JSON records (the manual's Data Fields), one per line. */
  PLOVER("plover"),
  /** ICEWS-shaped tab-separated file with a header line. */
  ICEWS("icews"),
  /** CSV with a header row. */
  CSV("csv"),
  /** Apache Parquet, written by DuckDB. */
  PARQUET("parquet");

  private final String label;

  ExportFormat(String label) {
    this.label = label;
  }

  /** The name users type ({@code gdelt-mentions}). */
  public String label() {
    return label;
  }

  /** All names, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
  }

  /**
   * The format of a name (case-insensitive, {@code _} or {@code -}).
   *
   * @throws BadInputException naming the known formats
   */
  public static ExportFormat parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ExportFormat f : values()) {
      if (f.label.equals(n)) {
        return f;
      }
    }
    throw new BadInputException("'" + name + "' is not an export format: use one of " + names());
  }
}
