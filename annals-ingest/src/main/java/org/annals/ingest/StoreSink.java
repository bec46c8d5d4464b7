package org.annals.ingest;

import java.util.List;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.Skip;
import org.annals.verify.ClaimLedger;

/**
 * {@link IngestSink} over an {@link EventStore}, optionally keeping the stored claims' verdicts
 * current with a {@link ClaimLedger} (after each committed batch; a verdict is never saved before
 * the articles it rests on are committed). Thread-safe because the store is. The check before coding
 * is {@link EventStore#containsArticle} (same id or same URL, one small query); the store's own
 * idempotent {@code put} still decides.
 */
public final class StoreSink implements IngestSink {
  private final EventStore store;
  private final ClaimLedger claims;

  /** A sink that stores articles with their claims but does not verify them. */
  public StoreSink(EventStore store) {
    this(store, null);
  }

  /**
   * @param claims verifies each stored article's claims and re-verifies stored claims its events
   *     may change (null: claims are stored without verdicts)
   */
  public StoreSink(EventStore store, ClaimLedger claims) {
    this.store = store;
    this.claims = claims;
  }

  @Override
  public boolean contains(Article article) {
    return store.containsArticle(article.id(), article.url());
  }

  /** Stores one article and verifies the claims it queued. */
  @Override
  public PutResult put(CodedArticle coded) {
    PutResult r = putAll(List.of(coded)).get(0);
    afterBatch();
    return r;
  }

  /** Stores the batch in one transaction ({@link EventStore#putAll}). */
  @Override
  public List<PutResult> putAll(List<CodedArticle> batch) {
    return store.putAll(batch);
  }

  /** Verifies the claims the batch queued (its own and those its events may change). */
  @Override
  public void afterBatch() {
    start();
  }

  /** Verifies what a killed run left queued. */
  @Override
  public void start() {
    if (claims != null) {
      claims.drain(store);
    }
  }

  @Override
  public void recordSkip(SourceItem.Failure f) {
    store.recordSkip(Skip.of(f.source(), f.locator().isEmpty() ? null : f.locator(), f.code().label(), f.reason()));
  }

  @Override
  public long canonicalEvents() {
    return store.stats().canonicalEvents();
  }
}
