package org.annals.ingest;

import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.Skip;

/**
 * {@link IngestSink} over an {@link EventStore}. Thread-safe because the store is. The check
 * before coding is {@link EventStore#containsArticle} (same id or same URL, one small query);
 * the store's own idempotent {@code put} still decides.
 */
public final class StoreSink implements IngestSink {
  private final EventStore store;

  public StoreSink(EventStore store) {
    this.store = store;
  }

  @Override
  public boolean contains(Article article) {
    return store.containsArticle(article.id(), article.url());
  }

  @Override
  public PutResult put(CodedArticle coded) {
    return store.put(coded);
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
