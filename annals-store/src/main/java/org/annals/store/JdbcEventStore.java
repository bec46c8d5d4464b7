package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.CodedArticle;

/**
 * {@link EventStore} over JDBC to DuckDB or PostgreSQL. Thread-safe: writes hold the instance's
 * lock and use the one writer connection (DuckDB has one writer per file anyway), one transaction
 * per {@link #put}/{@link #putAll} call, rolled back on any error; reads take a connection of
 * their own from the {@link ReadPool}, so concurrent reads run in parallel and do not wait for
 * a write.
 */
final class JdbcEventStore implements EventStore {
  private final String url;
  private final Dialect dialect;
  private final Connection c;
  private final ReadPool readers;
  private final Checkpoints checkpoints;
  private volatile boolean closed;

  private JdbcEventStore(String url, Dialect dialect, Connection c, ReadPool readers) {
    this.url = url;
    this.dialect = dialect;
    this.c = c;
    this.readers = readers;
    this.checkpoints = new Checkpoints(dialect == Dialect.DUCKDB ? Dialect.duckdbFile(url) : null);
  }

  static EventStore open(String jdbcUrl) {
    Dialect d = Dialect.of(jdbcUrl);
    Connection c = d.connect(jdbcUrl);
    try {
      Migrator.migrate(c, d);
      c.setAutoCommit(false);
      d.lockForWrite(c);
      ClaimKeys.backfill(c);
      c.commit();
      return new JdbcEventStore(jdbcUrl, d, c, ReadPool.open(jdbcUrl, d, c));
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // reporting the first failure
      }
      throw e instanceof AnnalsException ae ? ae
          : new AnnalsException("cannot migrate store " + Dialect.redact(jdbcUrl) + ": "
              + e.getMessage(), e);
    }
  }

  /** Work on the connection that may throw SQLException. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    ensureOpen();
    try (Connection r = readers.borrow()) {
      return work.run(r);
    } catch (SQLException e) {
      throw new AnnalsException("store " + what + " failed: " + e.getMessage(), e);
    }
  }

  private synchronized <T> T write(String what, Work<T> work) {
    ensureOpen();
    try {
      dialect.lockForWrite(c);
      checkpoints.apply(c);
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e instanceof AnnalsException ae ? ae
          : new AnnalsException("store " + what + " failed (rolled back): " + e.getMessage(), e);
    }
  }

  private void rollbackQuietly() {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is reported
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new AnnalsException("store " + Dialect.redact(url) + " is closed");
    }
  }

  @Override
  public PutResult put(CodedArticle coded) {
    return putAll(List.of(coded)).get(0);
  }

  @Override
  public List<PutResult> putAll(List<CodedArticle> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    List<Prepared> prepared = Prepared.all(batch);
    return write("put", conn -> new StoreWriter(conn).write(prepared));
  }

  @Override
  public boolean containsArticle(String id, String url) {
    return read("containsArticle", conn -> new StoreReader(conn).containsArticle(id, url));
  }

  @Override
  public void recordSkip(Skip skip) {
    String id = "s" + Article.sha256Hex(skip.source() + "\u0000" + skip.record() + "\u0000"
        + skip.reason()).substring(0, 16);
    write("recordSkip", conn -> {
      if (Sql.query(conn, "SELECT id FROM skips WHERE id = ?", List.of(id), rs -> 1).isEmpty()) {
        Sql.insert(conn, "skips", "id, source, record, reason, message, skipped_at",
            List.<Object[]>of(new Object[] {id, skip.source(), skip.record(), skip.reason(),
                skip.message(), Timestamp.from(skip.time())}));
      }
      return null;
    });
  }

  @Override
  public List<Skip> skips() {
    return read("skips", conn -> new StoreReader(conn).skips());
  }

  @Override
  public IngestStats stats() {
    return read("stats", conn -> new StoreReader(conn).stats());
  }

  @Override
  public Page<CanonicalEvent> events(EventQuery query) {
    return read("events", conn -> new StoreReader(conn).events(query));
  }

  @Override
  public Optional<CanonicalEventDetail> event(String id) {
    return read("event", conn -> new StoreReader(conn).event(id));
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return read("article", conn -> new StoreReader(conn).article(id));
  }

  @Override
  public List<ActorSummary> actors(String text, int limit) {
    return read("actors", conn -> new ActorQueries(conn).actors(text, limit));
  }

  @Override
  public Optional<ActorDetail> actor(String id) {
    return read("actor", conn -> new ActorQueries(conn).actor(id));
  }

  @Override
  public DyadTimeline dyad(String a, String b, String interval) {
    return read("dyad", conn -> new ActorQueries(conn).dyad(a, b, interval));
  }

  @Override
  public String explain(String eventId) {
    return read("explain", conn -> new Explainer(conn).explain(eventId));
  }

  @Override
  public long export(ExportFormat format, EventQuery filter, Path out) {
    return read("export", conn -> new Exporter(conn).export(format, filter, out));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    readers.close();
    try {
      c.rollback();
      c.close();
    } catch (SQLException e) {
      throw new AnnalsException("closing store failed: " + e.getMessage(), e);
    }
  }

  /**
   * Claim-verdict and re-coding work (see {@link ClaimStore}, {@link Recoding}): a write on the
   * writer connection under the lock, in one transaction; a read on a pooled reader connection.
   */
  <T> T claimWork(boolean isWrite, Work<T> work) {
    return isWrite ? write("claims", work) : read("claims", work);
  }

  /** Replaces stored articles' codings in one transaction (see {@link StoreWriter#replace}). */
  void replace(List<CodedArticle> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<Prepared> prepared = Prepared.all(batch);
    write("recode", conn -> {
      new StoreWriter(conn).replace(prepared);
      return null;
    });
  }
}
