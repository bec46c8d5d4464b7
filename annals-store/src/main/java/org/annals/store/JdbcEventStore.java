package org.annals.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.model.AnnalsException;
import org.annals.model.CodedArticle;

/** JDBC implementation of {@link EventStore} (work in progress). Thread-safe. */
final class JdbcEventStore implements EventStore {
  static EventStore open(String jdbcUrl) {
    throw new AnnalsException("store not implemented yet: " + jdbcUrl);
  }

  @Override public PutResult put(CodedArticle coded) { return putAll(List.of(coded)).get(0); }
  @Override public List<PutResult> putAll(List<CodedArticle> batch) { throw new UnsupportedOperationException(); }
  @Override public void recordSkip(Skip skip) { throw new UnsupportedOperationException(); }
  @Override public List<Skip> skips() { throw new UnsupportedOperationException(); }
  @Override public IngestStats stats() { throw new UnsupportedOperationException(); }
  @Override public Page<CanonicalEvent> events(EventQuery query) { throw new UnsupportedOperationException(); }
  @Override public Optional<CanonicalEventDetail> event(String id) { throw new UnsupportedOperationException(); }
  @Override public Optional<StoredArticle> article(String id) { throw new UnsupportedOperationException(); }
  @Override public List<ActorSummary> actors(String text, int limit) { throw new UnsupportedOperationException(); }
  @Override public Optional<ActorDetail> actor(String id) { throw new UnsupportedOperationException(); }
  @Override public DyadTimeline dyad(String a, String b, String interval) { throw new UnsupportedOperationException(); }
  @Override public String explain(String eventId) { throw new UnsupportedOperationException(); }
  @Override public long export(ExportFormat format, EventQuery filter, Path out) { throw new UnsupportedOperationException(); }
  @Override public void close() {}
}
