package org.annals.eval.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.annals.model.AnnalsException;
import org.annals.model.Article;

/**
 * Runs the Annals workload and the baseline over the same articles: for each thread count, a
 * warm-up (not measured), then {@code repeat} measured passes of each workload, alternating so
 * that drift affects both alike. Progress goes to {@code progress} (stderr in the CLI). Not
 * thread-safe itself (one run at a time); it drives its own worker threads.
 */
public final class BenchRunner {
  private final Workload annals;
  private final Workload baseline;
  private final Consumer<String> progress;

  public BenchRunner(Workload annals, Workload baseline, Consumer<String> progress) {
    this.annals = annals;
    this.baseline = baseline;
    this.progress = progress;
  }

  /** One measured pass. */
  record Pass(long wallNanos, long cpuNanos, long sentences, long tokens, int failures, Map<String, Long> stages) {}

  public BenchReport run(List<Article> articles, BenchConfig config) {
    if (articles.isEmpty()) {
      throw new AnnalsException("bench: the corpus has no articles");
    }
    Memory.resetPeaks();
    List<BenchReport.Run> runs = new ArrayList<>();
    long sentences = 0;
    long tokens = 0;
    int failures = 0;
    for (int threads : config.threads()) {
      List<Article> warm = articles.subList(0, Math.min(config.warmup(), articles.size()));
      pass(annals, warm, threads, "warm-up annals");
      pass(baseline, warm, threads, "warm-up baseline");
      List<Pass> a = new ArrayList<>();
      List<Pass> b = new ArrayList<>();
      for (int r = 1; r <= config.repeat(); r++) {
        String of = " threads=" + threads + " pass " + r + "/" + config.repeat();
        a.add(pass(annals, articles, threads, "annals" + of));
        b.add(pass(baseline, articles, threads, "baseline" + of));
      }
      sentences = a.get(0).sentences();
      tokens = a.get(0).tokens();
      failures += a.stream().mapToInt(Pass::failures).sum() + b.stream().mapToInt(Pass::failures).sum();
      BenchReport.Throughput ta = throughput(a, articles.size());
      BenchReport.Throughput tb = throughput(b, articles.size());
      runs.add(new BenchReport.Run(threads, ta, tb, ta.wallSeconds().median() / tb.wallSeconds().median(),
          ta.wallSeconds().min() / tb.wallSeconds().min(), ta.cpuSeconds().median() / tb.cpuSeconds().median()));
    }
    long mb = 1024 * 1024;
    long rss = Memory.peakRssBytes();
    return new BenchReport(config.corpus().stream().map(Path::toString).toList(), articles.size(),
        sentences, tokens, config.warmup(), config.repeat(), machine(),
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), runs,
        Memory.peakHeapBytes() / mb, rss < 0 ? -1 : rss / mb, failures);
  }

  Pass pass(Workload w, List<Article> articles, int threads, String label) {
    if (articles.isEmpty()) {
      return new Pass(0, 0, 0, 0, 0, Map.of());
    }
    w.resetStages();
    Counter counter = new Counter(label, articles.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    long cpu0 = Memory.processCpuNanos();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> counter.process(w, a)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("bench interrupted", e);
    } catch (ExecutionException e) {
      throw new AnnalsException("bench: worker failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long wall = System.nanoTime() - t0;
    long cpu = Memory.processCpuNanos() - cpu0;
    return new Pass(wall, cpu0 < 0 ? -1 : cpu, counter.sentences.get(), counter.tokens.get(), counter.failures.get(),
        w.stageNanos());
  }

  /** Counts of one pass, updated by the worker threads; reports progress every tenth. */
  private final class Counter {
    final AtomicLong sentences = new AtomicLong();
    final AtomicLong tokens = new AtomicLong();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final String label;
    final int total;
    final int step;

    Counter(String label, int total) {
      this.label = label;
      this.total = total;
      this.step = Math.max(1, total / 10);
    }

    void process(Workload w, Article a) {
      try {
        Workload.Counts c = w.process(a);
        sentences.addAndGet(c.sentences());
        tokens.addAndGet(c.tokens());
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        progress.accept("bench: " + label + ": article " + a.id() + " failed: " + e);
      }
      int n = done.incrementAndGet();
      if (n % step == 0 || n == total) {
        progress.accept("bench: " + label + ": " + n + "/" + total + " articles");
      }
    }
  }

  static BenchReport.Throughput throughput(List<Pass> passes, int articles) {
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> aps = new ArrayList<>();
    List<Double> sps = new ArrayList<>();
    List<Double> tps = new ArrayList<>();
    for (Pass p : passes) {
      double s = p.wallNanos() / 1e9;
      wall.add(s);
      cpu.add(p.cpuNanos() / 1e9);
      aps.add(articles / s);
      sps.add(p.sentences() / s);
      tps.add(p.tokens() / s);
    }
    Map<String, Double> stages = new LinkedHashMap<>();
    for (String stage : passes.get(0).stages().keySet()) {
      stages.put(stage, Stats.of(passes.stream()
          .map(p -> p.stages().getOrDefault(stage, 0L) / 1e6 / articles).toList()).median());
    }
    return new BenchReport.Throughput(Stats.of(wall), Stats.of(cpu), Stats.of(aps), Stats.of(sps), Stats.of(tps),
        stages);
  }

  static BenchReport.Machine machine() {
    String cpu = "unknown";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse(cpu);
    } catch (java.io.IOException e) {
      // not Linux: leave unknown
    }
    var os = ManagementFactory.getOperatingSystemMXBean();
    return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), cpu,
        os.getName() + " " + os.getVersion() + " " + os.getArch(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
