package org.annals.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.model.CodedArticle;

/**
 * The durable record of articles, event mentions and canonical events, on DuckDB (embedded,
 * default) or PostgreSQL. Open with {@link #open(String)}; migrations are applied at open.
 *
 * <p>Thread-safety: implementations are thread-safe; writes are serialised, reads run
 * concurrently (one connection per reading thread, from a small pool). DuckDB allows one
 * writing process per file: opening a file another process holds fails with a clear
 * {@link org.annals.model.AnnalsException}.
 *
 * <p>Reproducibility: ids derive from content, and the canonical events are a deterministic
 * function of the stored mentions, so the same input gives the same store in any order.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Opens (creating if needed) the store at a JDBC URL: {@code jdbc:duckdb:PATH} or
   * {@code jdbc:postgresql://HOST:PORT/DB?user=...}.
   *
   * @throws org.annals.model.BadInputException for an unsupported URL
   * @throws org.annals.model.AnnalsException when the database cannot be opened or migrated
   */
  static EventStore open(String jdbcUrl) {
    return JdbcEventStore.open(jdbcUrl);
  }

  /**
   * Stores one coded article with its events, warnings and claims in one transaction, and merges
   * its asserted events into canonical events. Idempotent: the same article id or URL again
   * changes nothing ({@link PutStatus#DUPLICATE}).
   */
  PutResult put(CodedArticle coded);

  /**
   * Stores several articles in one transaction (faster; all or nothing). Results are in input
   * order; an article repeated within the batch is a duplicate of its first occurrence.
   */
  List<PutResult> putAll(List<CodedArticle> batch);

  /**
   * Whether an article with this id, or (when {@code url} is not blank) this URL, is stored: the
   * cheap check an ingest makes before coding an article, so that a second ingest of the same
   * input skips the coder. Either argument may be null.
   */
  boolean containsArticle(String id, String url);

  /** Records an input that could not be ingested. Recording the same skip twice keeps one. */
  void recordSkip(Skip skip);

  /** All recorded skips, ordered by source, record and reason. */
  List<Skip> skips();

  /** Counts over the whole store. */
  IngestStats stats();

  /** Canonical events matching the query. */
  Page<CanonicalEvent> events(EventQuery query);

  /** One canonical event with all its mentions. */
  Optional<CanonicalEventDetail> event(String id);

  /** One stored article with its text, metadata, events, warnings and claims. */
  Optional<StoredArticle> article(String id);

  /** Actors by number of canonical events, most first; {@code text} filters names and codes (may be null). */
  List<ActorSummary> actors(String text, int limit);

  /** One actor (entity id, country or CAMEO code) with its top partners and monthly activity. */
  Optional<ActorDetail> actor(String id);

  /** Canonical events between {@code a} and {@code b} per {@code month} or {@code year}. */
  DyadTimeline dyad(String a, String b, String interval);

  /**
   * Why the mentions of a canonical event were merged (or, for a mention id, where it went), as
   * human-readable text.
   *
   * @throws org.annals.model.BadInputException when no event has this id
   */
  String explain(String eventId);

  /**
   * Writes the canonical events matching {@code filter} (paging ignored) to {@code out}.
   *
   * @return number of events written
   */
  long export(ExportFormat format, EventQuery filter, Path out);

  @Override
  void close();
}
