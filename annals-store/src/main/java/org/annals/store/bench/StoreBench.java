package org.annals.store.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.annals.model.CodedArticle;
import org.annals.store.DyadTimeline;
import org.annals.store.EventStore;
import org.annals.store.IngestStats;

/**
 * Store benchmarks (figures for docs/STORE.md; not a test):
 * <pre>
 * java -cp ... org.annals.store.bench.StoreBench put URL ARTICLES EVENTS_PER_ARTICLE BATCH [WARMUP [CLIENTS]]
 * java -cp ... org.annals.store.bench.StoreBench dyad URL EVENTS
 * java -cp ... org.annals.store.bench.StoreBench reads URL ITEMS
 * </pre>
 * {@code reads} times single-item reads (event, article, a page of events, explain, duplicate
 * check) on a filled store.
 * {@code put} stores synthetic pre-coded articles and prints events/s (after first storing
 * {@code WARMUP} other articles into an in-memory store, so that the JIT compiler has done its
 * work, as in a long ingest; without, most of the CPU time of a short run is compilation), from
 * {@code CLIENTS} threads calling {@code putAll} (default 1; with 2, one batch is prepared while
 * another is written, as the ingest's workers do);
 * {@code dyad} fills the
 * canonical table of an empty store with synthetic events (SQL generator) and times the monthly
 * dyad time series.
 */
public final class StoreBench {
  private StoreBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: StoreBench put URL ARTICLES [EVENTS_PER_ARTICLE] [BATCH]"
          + " [WARMUP_ARTICLES] [CLIENT_THREADS]\n"
          + "       StoreBench dyad URL EVENTS\n"
          + "       StoreBench reads URL ITEMS");
      System.exit(2);
    }
    String url = args[1];
    if (args[0].equals("put")) {
      int perArticle = args.length > 3 ? Integer.parseInt(args[3]) : 10;
      int batch = args.length > 4 ? Integer.parseInt(args[4]) : 500;
      int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 0;
      int clients = args.length > 6 ? Integer.parseInt(args[6]) : 1;
      if (warmup > 0) {
        put("jdbc:duckdb:", warmup, perArticle, batch, 1_000_000_000L, clients);
      }
      put(url, Integer.parseInt(args[2]), perArticle, batch, 0, clients);
    } else if (args[0].equals("reads")) {
      reads(url, Integer.parseInt(args[2]));
    } else {
      dyad(url, Long.parseLong(args[2]));
    }
  }

  /**
   * Times the single-item reads of the web app and the CLI on a filled store, each over
   * {@code n} different items: an event with its mentions, an article with its events, a page of
   * 50 events of one actor, the merge explanation, and the ingest's duplicate check.
   */
  static void reads(String url, int n) {
    try (EventStore s = EventStore.open(url)) {
      List<org.annals.store.CanonicalEvent> sample = s.events(org.annals.store.EventQuery.all()
          .withSort(org.annals.store.EventQuery.Sort.MENTIONS).withPage(0, n)).items();
      List<String> articles = new ArrayList<>();
      time("event(id) with mentions", sample, e -> {
        var d = s.event(e.id()).orElseThrow();
        articles.add(d.mentions().get(0).articleId());
      });
      time("article(id) with events", articles, a -> s.article(a).orElseThrow());
      time("events(actor, page of 50)", sample,
          e -> s.events(org.annals.store.EventQuery.all().withActor(e.actors().get(0).country())
              .withPage(0, 50)));
      time("explain(id)", sample, e -> s.explain(e.id()));
      time("containsArticle(id, url)", articles, a -> s.containsArticle(a, null));
    }
  }

  private static <T> void time(String what, List<T> items, java.util.function.Consumer<T> read) {
    double[] ms = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      long t0 = System.nanoTime();
      read.accept(items.get(i));
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "reads: %-28s median %.1f ms, worst %.1f ms (%d items)%n", what,
        ms[ms.length / 2], ms[ms.length - 1], ms.length);
  }

  /**
   * Stores synthetic articles {@code first}, {@code first + 1}, ... in batches, from
   * {@code clients} threads that each take the next batch, and prints and returns the rate
   * (events/s). The articles are
   * built before the clock starts: the figure is the store's, not the generator's.
   */
  public static double put(String url, int articles, int perArticle, int batch, long first, int clients)
      throws Exception {
    List<List<CodedArticle>> batches = new ArrayList<>();
    for (int i = 0; i < articles; i += batch) {
      List<CodedArticle> b = new ArrayList<>();
      for (int k = i; k < Math.min(articles, i + batch); k++) {
        b.add(Synthetic.article(first + k, perArticle, 200));
      }
      batches.add(b);
    }
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    java.util.concurrent.atomic.AtomicLong events = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    IngestStats stats;
    EventStore s = EventStore.open(url);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(clients);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < clients; t++) {
        done.add(pool.submit(() -> {
          for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
            events.addAndGet(s.putAll(batches.get(b)).stream().mapToLong(r -> r.events()).sum());
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
      stats = s.stats();
    } finally {
      pool.shutdownNow(); // a failed put must not leave the process waiting on idle clients
      s.close();
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - c0) / 1e9;
    System.out.printf(Locale.ROOT, "put%s: %d articles, %d events in %.2f s wall = %.0f events/s;"
        + " process CPU %.2f s = %.0f events per CPU-second (batch %d, %d client thread%s; open and"
        + " close, i.e. the final checkpoint, included); %s%n",
        first > 0 ? " (warm-up, in memory)" : "", articles, events.get(), sec, events.get() / sec,
        cpu, events.get() / cpu, batch, clients, clients == 1 ? "" : "s", stats);
    return events.get() / sec;
  }

  static void dyad(String url, long n) throws Exception {
    EventStore.open(url).close();
    boolean duck = url.startsWith("jdbc:duckdb:");
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      long t0 = System.nanoTime();
      long have;
      try (var rs = st.executeQuery("SELECT count(*) FROM canonical")) {
        rs.next();
        have = rs.getLong(1);
      }
      if (have > 0) {
        System.out.println("dyad: store already holds " + have + " canonical events; querying");
        n = have;
      } else {
        generate(st, duck, n);
        System.out.printf(Locale.ROOT, "dyad: generated %d canonical events in %.1f s%n", n,
            (System.nanoTime() - t0) / 1e9);
      }
    }
    try (EventStore s = EventStore.open(url)) {
      double[] ms = new double[7];
      double[] cpu = new double[7];
      DyadTimeline t = null;
      for (int i = 0; i < ms.length; i++) {
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        t = s.dyad(Synthetic.country(i % 3), Synthetic.country(7 + i % 3), "month");
        ms[i] = (System.nanoTime() - t0) / 1e6;
        cpu[i] = (cpuNanos() - c0) / 1e6;
      }
      Arrays.sort(ms);
      Arrays.sort(cpu);
      long events = t.buckets().stream().mapToLong(DyadTimeline.Bucket::events).sum();
      System.out.printf(Locale.ROOT, "dyad: monthly series over %d events: wall median %.1f ms,"
          + " best %.1f ms, worst %.1f ms; this process's CPU median %.1f ms (%d months, %d dyad"
          + " events)%n", n, ms[3], ms[0], ms[6], cpu[3], t.buckets().size(), events);
    }
  }

  /** CPU time of this process, all threads including DuckDB's native ones. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String countries(String open, String close) {
    List<String> cs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      cs.add("'" + Synthetic.country(i) + "'");
    }
    return open + String.join(",", cs) + close;
  }

  /** The generator statement; the dialects differ only in list, hex, division and series syntax. */
  private static String fill(boolean duck, long n) {
    String cs = duck ? countries("[", "]") : countries("ARRAY[", "]");
    String types = (duck ? "[" : "ARRAY[") + "'CONSULT','AGREE','ACCUSE','THREATEN','SUPPORT']";
    return "INSERT INTO canonical (id, bucket, event, cameo, quad_class, goldstein, date_value,"
        + " date_precision, day, a1_country, a1_sector, a2_country, a2_sector, mentions, sources,"
        + " articles, rep_mention, body, dyad_country) SELECT 'c' || lpad("
        + (duck ? "printf('%x', i)" : "to_hex(i)") + ", 16, '0'), 'bench', (" + types
        + ")[1 + i % 5], '040', 1 + i % 4, (i % 21) - 10.0, NULL, 'day', DATE '2000-01-01' + "
        + (duck ? "CAST(i % 9000 AS INTEGER)" : "(i % 9000)::int") + ", x, 'GOV', y, 'GOV', 1, 1,"
        + " 1, 'x', '{}', CASE WHEN x <= y THEN x || '|' || y ELSE y || '|' || x END FROM (SELECT"
        + " i, (" + cs + ")[1 + i % 50] AS x, (" + cs + ")[1 + (i " + (duck ? "//" : "/")
        + " 50 * 7 + 3) % 50] AS y FROM "
        + (duck ? "range(" + n + ") t(i)" : "generate_series(0, " + (n - 1) + ") AS t(i)") + ") s";
  }

  /**
   * Fills the canonical table: on PostgreSQL its secondary indexes are dropped first and rebuilt
   * after (a bulk load's usual order; maintaining them row by row took most of the time), then
   * VACUUM ANALYZE sets the statistics and the visibility map that index-only scans need.
   */
  private static void generate(Statement st, boolean duck, long n) throws java.sql.SQLException {
    List<String[]> indexes = new ArrayList<>();
    if (!duck) {
      try (var rs = st.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname"
          + " = current_schema() AND tablename = 'canonical' AND indexname NOT LIKE '%pkey'")) {
        while (rs.next()) {
          indexes.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] ix : indexes) {
        st.execute("DROP INDEX " + ix[0]);
      }
    }
    st.execute(fill(duck, n));
    for (String[] ix : indexes) {
      st.execute(ix[1]);
    }
    if (!duck) {
      st.execute("VACUUM ANALYZE canonical");
    }
  }
}
