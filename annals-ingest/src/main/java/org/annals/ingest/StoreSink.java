package org.annals.ingest;

import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.Skip;
import org.annals.verify.ClaimLedger;

/**
 * {@link IngestSink} over an {@link EventStore}, optionally keeping the stored claims' verdicts
 * current with a {@link ClaimLedger}. Thread-safe because the store is. The check before coding
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

  @Override
  public PutResult put(CodedArticle coded) {
    PutResult put = store.put(coded);
    if (claims != null) {
      claims.record(store, put);
    }
    return put;
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
