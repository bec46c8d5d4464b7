package org.annals.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.kb.KnowledgeBase;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.Skip;
import org.annals.verify.ClaimLedger;

/**
 * Brings the Parquet output of the Flink job into an event store of any kind: the coded articles
 * of {@code DIR/articles/*.parquet} (read by DuckDB, each article id once, in id order) are stored
 * in batches with {@link EventStore#putAll} — the store merges canonical events as for {@code
 * annals ingest} — and their claims verified ({@link ClaimLedger}); the dead letters of {@code
 * DIR/skips/*.parquet} are recorded. Each batch is one transaction and every write is idempotent,
 * so an interrupted load leaves whole articles only and running it again completes it. Not
 * thread-safe (one load at a time).
 */
public final class ParquetLoad {
  /** What a load did. */
  public record Summary(long read, long stored, long duplicates, long nearDuplicates, long skips,
      long canonicalEvents) {
    public String format() {
      return String.format("articles read      %d%nstored             %d%nduplicates         %d (already stored)%n"
          + "near-duplicates    %d%nskips recorded     %d%ncanonical events   %d in the store%n", read, stored,
          duplicates, nearDuplicates, skips, canonicalEvents);
    }
  }

  private static final int BATCH = 100;
  private final Path dir;

  /**
   * @throws BadInputException when {@code dir} is not a directory holding the job's Parquet output
   */
  public ParquetLoad(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("DIR '" + dir + "': no such directory");
    }
    if (parts(dir, ParquetTable.ARTICLES).isEmpty() && parts(dir, ParquetTable.SKIPS).isEmpty()) {
      throw new BadInputException("DIR '" + dir + "': no Parquet output of annals flink in it (no "
          + "articles/*.parquet or skips/*.parquet)");
    }
    this.dir = dir;
  }

  private static List<Path> parts(Path dir, ParquetTable table) {
    Path folder = dir.resolve(table.folder());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet")
          && !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException("DIR '" + dir + "': cannot list " + folder + " (" + e.getMessage() + ")");
    }
  }

  /** Loads everything into {@code store}; progress lines go to {@code err}. */
  public Summary into(EventStore store, KnowledgeBase kb, PrintStream err) {
    ClaimLedger ledger = new ClaimLedger(kb);
    long[] counts = new long[5];
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      if (!parts(dir, ParquetTable.ARTICLES).isEmpty()) {
        loadArticles(st, store, ledger, counts, err);
      }
      if (!parts(dir, ParquetTable.SKIPS).isEmpty()) {
        try (ResultSet rs = st.executeQuery("SELECT DISTINCT source, record, reason, message FROM "
            + scan(ParquetTable.SKIPS) + " ORDER BY ALL")) {
          while (rs.next()) {
            store.recordSkip(Skip.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            counts[4]++;
          }
        }
      }
    } catch (SQLException e) {
      throw new BadInputException("DIR '" + dir + "': cannot read its Parquet files (" + e.getMessage() + ")");
    }
    return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], store.stats().canonicalEvents());
  }

  private void loadArticles(Statement st, EventStore store, ClaimLedger ledger, long[] counts, PrintStream err)
      throws SQLException {
    List<CodedArticle> batch = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT id, any_value(coded) FROM " + scan(ParquetTable.ARTICLES)
        + " GROUP BY id ORDER BY id")) {
      while (rs.next()) {
        batch.add(Envelopes.read(rs.getString(2), CodedArticle.class));
        counts[0]++;
        if (batch.size() == BATCH) {
          put(batch, store, ledger, counts);
          err.println("annals: loaded " + counts[0] + " articles");
        }
      }
    }
    put(batch, store, ledger, counts);
  }

  private String scan(ParquetTable table) {
    String glob = dir.toAbsolutePath().resolve(table.folder()).resolve("*.parquet").toString();
    return "read_parquet('" + glob.replace("'", "''") + "')";
  }

  private static void put(List<CodedArticle> batch, EventStore store, ClaimLedger ledger, long[] counts) {
    if (batch.isEmpty()) {
      return;
    }
    for (PutResult r : store.putAll(batch)) {
      ledger.record(store, r);
      switch (r.status()) {
        case STORED -> counts[1]++;
        case DUPLICATE -> counts[2]++;
        case NEAR_DUPLICATE -> counts[3]++;
        default -> throw new AnnalsException("unknown put status " + r.status());
      }
    }
    batch.clear();
  }
}
