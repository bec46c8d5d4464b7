package org.annals.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;

/** An in-memory sink for runner tests: idempotent by article id and URL. Thread-safe. */
class MemorySink implements IngestSink {
  final Map<String, CodedArticle> articles = new ConcurrentHashMap<>();
  final Map<String, String> urls = new ConcurrentHashMap<>();
  final List<SourceItem.Failure> skips = new ArrayList<>();

  synchronized List<SourceItem.Failure> skips() {
    return List.copyOf(skips);
  }
  int containsChecks;

  @Override
  public synchronized boolean contains(Article a) {
    containsChecks++;
    return articles.containsKey(a.id()) || a.url() != null && urls.containsKey(a.url());
  }

  @Override
  public synchronized PutResult put(CodedArticle coded) {
    Article a = coded.article();
    String prior = articles.containsKey(a.id()) ? a.id() : a.url() == null ? null : urls.get(a.url());
    if (prior != null) {
      return new PutResult(a.id(), PutStatus.DUPLICATE, 0, 0, prior);
    }
    articles.put(a.id(), coded);
    if (a.url() != null) {
      urls.put(a.url(), a.id());
    }
    return new PutResult(a.id(), PutStatus.STORED, coded.events().size(), coded.events().size(), null);
  }

  @Override
  public synchronized void recordSkip(SourceItem.Failure failure) {
    skips.add(failure);
  }

  @Override
  public long canonicalEvents() {
    return articles.values().stream().mapToLong(c -> c.events().size()).sum();
  }

  /** Article id to text, sorted (for comparing runs). */
  synchronized Map<String, String> snapshot() {
    Map<String, String> m = new TreeMap<>();
    articles.forEach((k, v) -> m.put(k, v.article().text()));
    return m;
  }
}
