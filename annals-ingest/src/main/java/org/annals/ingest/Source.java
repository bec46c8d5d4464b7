package org.annals.ingest;

import java.util.function.Consumer;

/**
 * A source of articles (a file, a directory, a feed, stdin). Implementations stream: they hold at
 * most one record in memory at a time (feeds, which are small, are parsed whole).
 *
 * <p>Contract: {@link #read} reports every problem with the input as a {@link SourceItem.Failure}
 * and carries on with the next record where the format allows; it throws only what {@code out}
 * throws (e.g. {@link IngestCancelledException}). A source is read once; instances are not
 * thread-safe.
 */
public interface Source {
  /** The name shown to users, e.g. the path as given. */
  String name();

  /** Emits the articles and failures of this source in input order. */
  void read(Consumer<SourceItem> out);
}
