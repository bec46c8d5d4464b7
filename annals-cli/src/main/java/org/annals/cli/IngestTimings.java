package org.annals.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.ingest.IngestSink;
import org.annals.ingest.IngestSummary;
import org.annals.ingest.SourceItem;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.Pipeline;
import org.annals.store.PutResult;

/**
 * {@code annals ingest --timings}: where the time of an ingest goes. It wraps the coder (model
 * loading on first use; CPU time of each coding on its own thread) and the sink (storing, and the
 * claim verification after each batch), and reads the pipeline's own time per annotation phase
 * and stage. Per-stage times are summed over the worker threads, so with several threads they
 * exceed the wall time. Thread-safe (the workers share one instance).
 */
final class IngestTimings {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long start = System.nanoTime();
  private final AtomicLong loadedAt = new AtomicLong();
  private final LongAdder codingCpu = new LongAdder();
  private final LongAdder coded = new LongAdder();
  private final LongAdder storeNanos = new LongAdder();
  private final LongAdder verifyNanos = new LongAdder();
  private volatile Pipeline pipeline;
  private long processCpuAtLoad = -1;

  /** The coder of {@code pipelines}, timed; the pipeline's own timings start when it is first used. */
  Supplier<Function<Article, CodedArticle>> coder(Supplier<Pipeline> pipelines) {
    return () -> {
      Pipeline p = pipelines.get();
      if (loadedAt.get() == 0) {
        synchronized (this) {
          if (loadedAt.get() == 0) {
            p.resetTimings();
            pipeline = p;
            processCpuAtLoad = processCpu();
            loadedAt.set(System.nanoTime());
          }
        }
      }
      return article -> {
        long c0 = THREADS.getCurrentThreadCpuTime();
        CodedArticle out = p.code(article);
        codingCpu.add(THREADS.getCurrentThreadCpuTime() - c0);
        coded.increment();
        return out;
      };
    };
  }

  /** {@code sink} with its writes ({@code store}) and its after-batch work ({@code verify}) timed. */
  IngestSink sink(IngestSink sink) {
    return new IngestSink() {
      @Override
      public boolean contains(Article article) {
        return sink.contains(article);
      }

      @Override
      public PutResult put(CodedArticle c) {
        return timed(storeNanos, () -> sink.put(c));
      }

      @Override
      public List<PutResult> putAll(List<CodedArticle> batch) {
        return timed(storeNanos, () -> sink.putAll(batch));
      }

      @Override
      public void start() {
        sink.start();
      }

      @Override
      public void afterBatch() {
        timed(verifyNanos, () -> {
          sink.afterBatch();
          return null;
        });
      }

      @Override
      public void recordSkip(SourceItem.Failure failure) {
        sink.recordSkip(failure);
      }

      @Override
      public long canonicalEvents() {
        return sink.canonicalEvents();
      }
    };
  }

  private static <T> T timed(LongAdder nanos, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.add(System.nanoTime() - t);
    }
  }

  /** The figures, in the order of {@link #format}: seconds, counts and milliseconds per article. */
  Map<String, Object> figures(IngestSummary summary, int threads) {
    long end = System.nanoTime();
    long n = coded.sum();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threads", threads);
    m.put("codedArticles", n);
    long loaded = loadedAt.get();
    double load = loaded == 0 ? 0 : (loaded - start) / 1e9;
    double coding = (end - (loaded == 0 ? start : loaded)) / 1e9;
    m.put("loadSeconds", round(load));
    m.put("codingSeconds", round(coding));
    m.put("articlesPerSecondAfterLoad", round(coding <= 0 ? 0 : summary.read() / coding));
    m.put("cpuMsPerArticleCoding", perArticle(codingCpu.sum(), n));
    long cpu = processCpu();
    m.put("cpuMsPerArticleProcess", processCpuAtLoad < 0 || cpu < 0 ? -1.0 : perArticle(cpu - processCpuAtLoad, n));
    Map<String, Object> stages = new LinkedHashMap<>();
    if (pipeline != null) {
      pipeline.timings().forEach((k, v) -> stages.put(k, perArticle(v, n)));
    }
    stages.put("store", perArticle(storeNanos.sum(), n));
    stages.put("verify", perArticle(verifyNanos.sum(), n));
    m.put("msPerArticle", stages);
    return m;
  }

  /** The readable form of {@link #figures}. */
  static String format(Map<String, Object> f) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "timings            %s articles coded on %s threads; models loaded in %.1f s,"
        + " then %.1f s (%.2f articles/s)%n", f.get("codedArticles"), f.get("threads"), f.get("loadSeconds"),
        f.get("codingSeconds"), f.get("articlesPerSecondAfterLoad")));
    sb.append(String.format(Locale.ROOT, "  CPU per article  %.1f ms coding (its thread), %.1f ms the whole process"
        + " after loading (reading, store, GC, JIT too)%n", f.get("cpuMsPerArticleCoding"),
        f.get("cpuMsPerArticleProcess")));
    sb.append("  ms per article by stage (summed over threads):");
    @SuppressWarnings("unchecked")
    Map<String, Object> stages = (Map<String, Object>) f.get("msPerArticle");
    stages.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.1f", k, (Double) v)));
    return sb.append(System.lineSeparator()).toString();
  }

  private static double perArticle(long nanos, long articles) {
    return articles == 0 ? 0 : round(nanos / 1e6 / articles);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static long processCpu() {
    return org.annals.eval.bench.Memory.processCpuNanos();
  }
}
