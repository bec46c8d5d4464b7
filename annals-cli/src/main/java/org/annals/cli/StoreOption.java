package org.annals.cli;

import org.annals.store.EventStore;
import picocli.CommandLine.Option;

/**
 * Shared picocli mixin: {@code --store URL}, a JDBC URL of the event store. The default DuckDB
 * file's folder is created when needed.
 */
public final class StoreOption {
  public static final String DEFAULT = "jdbc:duckdb:./annals-data/annals.duckdb";

  @Option(names = "--store", paramLabel = "URL", defaultValue = DEFAULT,
      description = "Event store: jdbc:duckdb:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME"
          + " (default: ${DEFAULT-VALUE}).")
  String url = DEFAULT;

  public String url() {
    return url;
  }

  /** Opens the store (migrating it); the caller closes it. */
  public EventStore open() {
    return EventStore.open(url);
  }
}
