package org.annals.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annals.model.BadInputException;
import org.annals.model.budget.Budget;

/**
 * Everything an ingest run needs, validated here and only here (errors name the field).
 * Immutable.
 *
 * @param sources files, directories, http(s) feed URLs or {@code -} for stdin
 * @param storeUrl JDBC URL of the event store
 * @param published publication date for inputs without one, or null
 * @param threads coding worker threads (at least 1)
 * @param fields JSON/CSV field names
 * @param fetchLinks fetch feed entries' linked pages
 * @param httpTimeout time-out for feed and link requests
 * @param queueCapacity bound of the queue between the reader and the workers
 * @param progress how progress is shown on stderr
 * @param ingestDate the day that dates articles without any publication date ({@code basis:
 *     ingested}); today (UTC) by default, fixed by {@code --ingest-date} for reproducible stores
 * @param budget what coding one article may cost; an article over it is skipped as {@code budget}
 * @param batchSize coded articles written to the store in one transaction (at most)
 * @param batchWait the longest a coded article waits for its batch to fill before the batch is
 *     written anyway
 */
public record IngestConfig(
    List<String> sources,
    String storeUrl,
    LocalDate published,
    int threads,
    FieldMap fields,
    boolean fetchLinks,
    Duration httpTimeout,
    int queueCapacity,
    ProgressMode progress,
    LocalDate ingestDate,
    Budget budget,
    int batchSize,
    Duration batchWait) {

  public static final String DEFAULT_STORE = "jdbc:duckdb:./annals-data/annals.duckdb";
  /** Default {@link #batchSize}: large enough to reach the store's batched rate (docs/EVALUATION.md). */
  public static final int DEFAULT_BATCH_SIZE = 500;
  /** Default {@link #batchWait}: what a kill -9 can cost in re-coding, at most. */
  public static final Duration DEFAULT_BATCH_WAIT = Duration.ofMillis(1000);

  /** How progress is reported: a bar on a terminal, periodic lines otherwise, or nothing. */
  public enum ProgressMode { AUTO, BAR, LINES, OFF }

  public IngestConfig {
    Objects.requireNonNull(sources, "sources");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new BadInputException("sources: give at least one file, directory, feed URL or - for stdin");
    }
    for (String s : sources) {
      if (s == null || s.isBlank()) {
        throw new BadInputException("sources: an empty argument is not a file or URL");
      }
    }
    if (sources.stream().filter("-"::equals).count() > 1) {
      throw new BadInputException("sources: stdin (-) can be read only once");
    }
    if (storeUrl == null || !storeUrl.startsWith("jdbc:")) {
      throw new BadInputException("--store: '" + storeUrl + "' is not a JDBC URL (e.g. " + DEFAULT_STORE + ")");
    }
    if (threads < 1 || threads > 256) {
      throw new BadInputException("--threads: " + threads + " is not between 1 and 256");
    }
    Objects.requireNonNull(fields, "fields");
    if (httpTimeout == null || httpTimeout.isNegative() || httpTimeout.isZero()) {
      throw new BadInputException("httpTimeout: must be positive, not " + httpTimeout);
    }
    if (queueCapacity < 1) {
      throw new BadInputException("queueCapacity: must be at least 1, not " + queueCapacity);
    }
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(ingestDate, "ingestDate");
    Objects.requireNonNull(budget, "budget");
    if (batchSize < 1 || batchSize > 100_000) {
      throw new BadInputException("--batch-size: " + batchSize + " is not between 1 and 100000");
    }
    if (batchWait == null || batchWait.isNegative() || batchWait.isZero()
        || batchWait.compareTo(Duration.ofHours(1)) > 0) {
      throw new BadInputException("--batch-ms: " + (batchWait == null ? null : batchWait.toMillis())
          + " is not between 1 and 3600000");
    }
  }

  /** A configuration with the default batches. */
  public IngestConfig(List<String> sources, String storeUrl, LocalDate published, int threads, FieldMap fields,
      boolean fetchLinks, Duration httpTimeout, int queueCapacity, ProgressMode progress, LocalDate ingestDate,
      Budget budget) {
    this(sources, storeUrl, published, threads, fields, fetchLinks, httpTimeout, queueCapacity, progress, ingestDate,
        budget, DEFAULT_BATCH_SIZE, DEFAULT_BATCH_WAIT);
  }

  /** A configuration with the default budget. */
  public IngestConfig(List<String> sources, String storeUrl, LocalDate published, int threads, FieldMap fields,
      boolean fetchLinks, Duration httpTimeout, int queueCapacity, ProgressMode progress, LocalDate ingestDate) {
    this(sources, storeUrl, published, threads, fields, fetchLinks, httpTimeout, queueCapacity, progress, ingestDate,
        Budget.defaults());
  }

  /** Defaults for the given sources: default store, one worker per core, progress AUTO. */
  public static IngestConfig of(List<String> sources) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new IngestConfig(sources, DEFAULT_STORE, null, cores, FieldMap.defaults(), false,
        Duration.ofSeconds(20), 4 * cores, ProgressMode.AUTO,
        LocalDate.now(java.time.ZoneOffset.UTC));
  }

  public IngestConfig withThreads(int n) {
    return new IngestConfig(sources, storeUrl, published, n, fields, fetchLinks, httpTimeout, Math.max(4 * n, 4),
        progress, ingestDate, budget, batchSize, batchWait);
  }

  public IngestConfig withProgress(ProgressMode mode) {
    return new IngestConfig(sources, storeUrl, published, threads, fields, fetchLinks, httpTimeout, queueCapacity,
        mode, ingestDate, budget, batchSize, batchWait);
  }

  public IngestConfig withBudget(Budget b) {
    return new IngestConfig(sources, storeUrl, published, threads, fields, fetchLinks, httpTimeout, queueCapacity,
        progress, ingestDate, b, batchSize, batchWait);
  }

  /** The same with batches of at most {@code size} articles written after at most {@code wait}. */
  public IngestConfig withBatches(int size, Duration wait) {
    return new IngestConfig(sources, storeUrl, published, threads, fields, fetchLinks, httpTimeout, queueCapacity,
        progress, ingestDate, budget, size, wait);
  }

  /** The part of the configuration that sources need. */
  public ReadOptions readOptions() {
    return new ReadOptions(published, fields, fetchLinks, httpTimeout);
  }
}
