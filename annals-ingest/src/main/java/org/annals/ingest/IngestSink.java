package org.annals.ingest;

import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.store.PutResult;

/**
 * Where the runner puts results: the event store in production ({@link StoreSink}), a fake in
 * tests. Implementations must be thread-safe (all workers share one).
 */
public interface IngestSink {
  /** Cheap check before coding: whether an article with this id (or URL) is already stored. */
  boolean contains(Article article);

  /** Stores a coded article (idempotent). */
  PutResult put(CodedArticle coded);

  /** Keeps a dead-letter record of an input that was not ingested. */
  void recordSkip(SourceItem.Failure failure);

  /** Canonical events in the whole store (for the summary). */
  long canonicalEvents();
}
