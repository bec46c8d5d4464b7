package org.annals.ingest;

import java.util.List;
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

  /**
   * Stores several coded articles in one transaction, all or nothing (idempotent); results in
   * input order. By default one {@link #put} each.
   */
  default List<PutResult> putAll(List<CodedArticle> batch) {
    return batch.stream().map(this::put).toList();
  }

  /** Called once before a run stores anything (e.g. to finish what a killed run left). */
  default void start() {}

  /**
   * Called after each committed batch, once its articles were counted (e.g. to verify the claims
   * it queued). An exception here means the sink is broken and stops the run.
   */
  default void afterBatch() {}

  /** Keeps a dead-letter record of an input that was not ingested. */
  void recordSkip(SourceItem.Failure failure);

  /** Canonical events in the whole store (for the summary). */
  long canonicalEvents();
}
