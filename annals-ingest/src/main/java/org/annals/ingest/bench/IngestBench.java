package org.annals.ingest.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.annals.ingest.IngestConfig;
import org.annals.ingest.IngestRunner;
import org.annals.ingest.IngestSummary;
import org.annals.ingest.LanguageFilter;
import org.annals.ingest.SourceFactory;
import org.annals.ingest.StoreSink;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.store.EventStore;
import org.annals.store.bench.StoreBench;
import org.annals.store.bench.Synthetic;
import org.annals.verify.ClaimLedger;

/**
 * Ingest benchmarks with pre-coded articles (figures for docs/EVALUATION.md; not a test). The
 * articles are {@link Synthetic}'s, written as a JSON Lines file and read back by the ingest
 * (reader, duplicate check, language check, batches, store, claim ledger: everything but
 * CoreNLP); the coder is a stand-in that returns each article's synthetic events (and, with
 * claims, a count claim on every {@code CLAIM_EVERY}-th article) for the article it is given.
 *
 * <pre>
 * java -cp annals-cli/target/annals-cli.jar org.annals.ingest.bench.IngestBench rate DIR ARTICLES [EVENTS] [BATCH] [WARMUP]
 * java -cp annals-cli/target/annals-cli.jar org.annals.ingest.bench.IngestBench blocks DIR ARTICLES [BLOCK] [EVENTS] [CLAIM_EVERY] [BATCH]
 * </pre>
 * {@code rate}: the store's batched put ({@link StoreBench#put}, into {@code DIR/put.duckdb})
 * against {@code annals ingest} of the same articles ({@code DIR/ingest.duckdb}), both after a
 * warm-up in memory, one writer each, and their ratio. {@code blocks}: ingests {@code ARTICLES}
 * articles with claims into {@code DIR/blocks.duckdb} as files of {@code BLOCK} articles, one
 * ingest run each, and prints each block's time, the process's CPU time in it (less sensitive than
 * the time to the machine's other work) and the load average, and the last block's over the
 * first's.
 */
public final class IngestBench {
  private static final int COUNTRIES = 200;

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: IngestBench rate DIR ARTICLES [EVENTS] [BATCH] [WARMUP]\n"
          + "       IngestBench blocks DIR ARTICLES [BLOCK] [EVENTS] [CLAIM_EVERY] [BATCH]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[1]));
    int articles = Integer.parseInt(args[2]);
    if (args[0].equals("rate")) {
      int events = arg(args, 3, 10);
      int batch = arg(args, 4, IngestConfig.DEFAULT_BATCH_SIZE);
      rate(dir, articles, events, batch, arg(args, 5, 3000));
    } else {
      blocks(dir, articles, arg(args, 3, 10_000), arg(args, 4, 10), arg(args, 5, 10), arg(args, 6,
          IngestConfig.DEFAULT_BATCH_SIZE));
    }
  }

  private static int arg(String[] args, int i, int dflt) {
    return args.length > i ? Integer.parseInt(args[i]) : dflt;
  }

  static void rate(Path dir, int articles, int events, int batch, int warmup) throws Exception {
    StoreBench.put("jdbc:duckdb:", warmup, events, batch, 1_000_000_000L, 1);
    double put = StoreBench.put(fresh(dir.resolve("put.duckdb")), articles, events, batch, 0, 1);
    Path warm = write(dir.resolve("warmup.jsonl"), 2_000_000_000L, warmup, events);
    try (EventStore s = EventStore.open("jdbc:duckdb:")) {
      ingest(s, warm, events, 0, batch);
    }
    Path in = write(dir.resolve("precoded.jsonl"), 0, articles, events);
    IngestSummary sum;
    try (EventStore s = EventStore.open(fresh(dir.resolve("ingest.duckdb")))) {
      sum = ingest(s, in, events, 0, batch);
    }
    double ingest = sum.events() / (sum.elapsed().toNanos() / 1e9);
    System.out.printf(Locale.ROOT, "ingest: %d articles read, %d stored, %d events in %.2f s = %.0f events/s"
        + " (batch %d; reading, duplicate and language checks, store and claim ledger included)%n",
        sum.read(), sum.stored(), sum.events(), sum.elapsed().toNanos() / 1e9, ingest, batch);
    System.out.printf(Locale.ROOT, "ratio ingest/put: %.2f%n", ingest / put);
  }

  static void blocks(Path dir, int articles, int block, int events, int claimEvery, int batch)
      throws Exception {
    Path warm = write(dir.resolve("warmup.jsonl"), 2_000_000_000L, Math.min(block, 3000), events);
    try (EventStore s = EventStore.open("jdbc:duckdb:")) {
      ingest(s, warm, events, claimEvery, batch);
    }
    List<Double> secs = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    try (EventStore s = EventStore.open(fresh(dir.resolve("blocks.duckdb")))) {
      for (int from = 0; from < articles; from += block) {
        Path in = write(dir.resolve("block.jsonl"), from, Math.min(block, articles - from), events);
        long cpu0 = cpuNanos();
        IngestSummary sum = ingest(s, in, events, claimEvery, batch);
        double sec = sum.elapsed().toNanos() / 1e9;
        secs.add(sec);
        cpus.add((cpuNanos() - cpu0) / 1e9);
        System.out.printf(Locale.ROOT, "block %d: articles %d-%d, %d stored, %d events, %.2f s (%.0f articles/s),"
            + " process CPU %.1f s, load %s; store now %s, file %s%n", secs.size(), from, from + sum.read() - 1,
            sum.stored(), sum.events(), sec, sum.read() / sec, cpus.get(cpus.size() - 1), load(), s.stats(),
            sizes(dir.resolve("blocks.duckdb")));
      }
    }
    System.out.printf(Locale.ROOT, "last block / first block: %.2f (process CPU time: %.2f)%n",
        secs.get(secs.size() - 1) / secs.get(0), cpus.get(cpus.size() - 1) / cpus.get(0));
  }

  /**
   * The database file's and its write-ahead log's sizes: a block whose file grew and whose log
   * shrank held a checkpoint.
   */
  private static String sizes(Path db) throws IOException {
    Path wal = Path.of(db + ".wal");
    return String.format(Locale.ROOT, "%d MB + log %d MB", Files.size(db) >> 20,
        Files.exists(wal) ? Files.size(wal) >> 20 : 0);
  }

  /** CPU time of this process (all threads, DuckDB's included), in nanoseconds. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The machine's one-minute load average: on a shared machine, what the times were taken under. */
  private static String load() {
    return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory
        .getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** One ingest run of a pre-coded file into the open store, with the claim ledger. */
  private static IngestSummary ingest(EventStore s, Path in, int events, int claimEvery, int batch) {
    IngestConfig config = IngestConfig.of(List.of(in.toString()))
        .withProgress(IngestConfig.ProgressMode.OFF).withBatches(batch, IngestConfig.DEFAULT_BATCH_WAIT);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new IngestRunner(config, new SourceFactory(config.readOptions()), precoded(events, claimEvery),
        new StoreSink(s, new ClaimLedger(null)), new LanguageFilter(), quiet).run();
  }

  /**
   * The stand-in coder: the synthetic events of the article whose number the URL ends with,
   * attached to the article as read (same text, hence same ids as the synthetic article's).
   */
  public static Function<Article, CodedArticle> precoded(int events, int claimEvery) {
    return a -> {
      long i = Long.parseLong(a.url().substring(a.url().lastIndexOf('/') + 1));
      CodedArticle s = Synthetic.article(i, events, COUNTRIES);
      List<Claim> claims = claimEvery > 0 && i % claimEvery == 0
          ? List.of(Synthetic.countClaim(s, i)) : List.of();
      return new CodedArticle(a, s.events(), claims, List.of(), s.sentenceCount(), s.tokenCount(), null);
    };
  }

  /** Writes synthetic articles {@code first..first+n-1} as JSON Lines (text and metadata only). */
  public static Path write(Path file, long first, int n, int events) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = first; i < first + n; i++) {
        Article a = Synthetic.article(i, events, COUNTRIES).article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("published", a.published().toString());
        m.put("text", a.text());
        w.write(Json.write(m));
        w.write('\n');
      }
    }
    return file;
  }

  private static String fresh(Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + ".wal"));
    return "jdbc:duckdb:" + file;
  }
}
