package org.annals.store;

/** Export formats of {@link EventStore#export}. */
public enum ExportFormat {
  /** GDELT 2.0 event table: 61 tab-separated columns, no header. */
  GDELT,
  /** PLOVER JSON records, one per line. */
  PLOVER,
  /** CSV with a header row. */
  CSV,
  /** Apache Parquet, written by DuckDB. */
  PARQUET
}
