package org.annals.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.CodedArticle;

/**
 * Runs an ingest: the calling thread reads the sources in argument order and puts items on a
 * bounded queue; {@code threads} workers take them, skip articles already stored (before coding),
 * skip non-English ones, code the rest with the one shared coder and hand the results to a
 * {@link Batcher}, which stores them in batches (an article is done once its batch is committed,
 * so a kill -9 loses only uncommitted work, which the next run codes again). Every
 * failure becomes a dead-letter record in the sink and is printed; nothing stops the run except
 * an {@link Error} in a worker or a failing sink. The result does not depend on the order in which
 * workers finish (the store's merging is order-independent).
 *
 * <p>Thread-safety: one run at a time per instance; the coder and the sink must be thread-safe.
 */
public final class IngestRunner {
  private final IngestConfig config;
  private final SourceFactory factory;
  private final Supplier<? extends Function<Article, CodedArticle>> coder;
  private final IngestSink sink;
  private final LanguageFilter languages;
  private final PrintStream err;
  private final ArticleProcessor.Counters counters = new ArticleProcessor.Counters();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private volatile boolean inputDone;

  /**
   * @param coder codes one article ({@code pipeline::code} in production)
   * @param err where progress and skip messages go
   */
  public IngestRunner(IngestConfig config, SourceFactory factory, Function<Article, CodedArticle> coder,
      IngestSink sink, LanguageFilter languages, PrintStream err) {
    this(config, factory, () -> coder, sink, languages, err);
  }

  /**
   * @param coder gives the coder ({@code PipelineFactory::shared} in production); asked per article
   *     before the article's time budget starts, so loading the models on first use is not counted
   */
  public IngestRunner(IngestConfig config, SourceFactory factory,
      Supplier<? extends Function<Article, CodedArticle>> coder, IngestSink sink, LanguageFilter languages,
      PrintStream err) {
    this.config = config;
    this.factory = factory;
    this.coder = coder;
    this.sink = sink;
    this.languages = languages;
    this.err = err;
  }

  /** Reads all sources and returns the summary. */
  public IngestSummary run() {
    long t0 = System.nanoTime();
    BlockingQueue<SourceItem> queue = new ArrayBlockingQueue<>(config.queueCapacity());
    IngestConfig.ProgressMode mode = Progress.resolve(config.progress());
    try (Progress progress = new Progress(mode, err, SourceFactory.totalBytes(config.sources()),
        factory.bytesRead(), counters.items::sum, counters.done::sum, counters::skippedTotal, () -> inputDone)) {
      ArticleProcessor processor = new ArticleProcessor(config.budget().coder(coder), config.budget(), sink,
          languages, counters, progress::message, config.ingestDate());
      sink.start();
      Batcher batcher = new Batcher(sink, config.batchSize(), config.batchWait(), processor,
          t -> fatal.compareAndSet(null, t));
      processor.batcher(batcher);
      List<Thread> workers = startWorkers(queue, processor);
      try {
        for (String arg : config.sources()) {
          factory.open(arg).read(item -> {
            counters.items.increment();
            put(queue, item);
          });
        }
      } catch (IngestCancelledException e) {
        if (fatal.get() == null) {
          throw e;
        }
      } finally {
        finish(workers);
        closeBatches(batcher);
      }
    }
    Throwable t = fatal.get();
    if (t != null) {
      throw new AnnalsException("ingest stopped: " + (t instanceof AnnalsException ? t.getMessage() : t), t);
    }
    return summary(Duration.ofNanos(System.nanoTime() - t0));
  }

  private List<Thread> startWorkers(BlockingQueue<SourceItem> queue, ArticleProcessor processor) {
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < config.threads(); i++) {
      Thread t = new Thread(() -> work(queue, processor), "ingest-worker-" + i);
      t.start();
      workers.add(t);
    }
    return workers;
  }

  private void work(BlockingQueue<SourceItem> queue, ArticleProcessor processor) {
    try {
      while (fatal.get() == null) {
        SourceItem item = queue.poll(100, TimeUnit.MILLISECONDS);
        if (item != null) {
          processor.process(item);
        } else if (inputDone && queue.isEmpty()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) { // an Error, or a sink that cannot even record a skip: stop the run
      fatal.compareAndSet(null, e);
    }
  }

  private void put(BlockingQueue<SourceItem> queue, SourceItem item) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (fatal.get() != null) {
          throw new IngestCancelledException("a worker failed");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestCancelledException("interrupted");
    }
  }

  /** Lets the workers drain the queue and stop (they poll, so no end marker can be lost). */
  private void finish(List<Thread> workers) {
    inputDone = true;
    try {
      for (Thread w : workers) {
        w.join();
      }
    } catch (InterruptedException e) {
      workers.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
      throw new IngestCancelledException("interrupted");
    }
  }

  /** Writes the last batch, unless the run failed (then its articles are coded again next time). */
  private void closeBatches(Batcher batcher) {
    if (fatal.get() != null) {
      batcher.stop();
      return;
    }
    try {
      batcher.close();
    } catch (RuntimeException | Error e) {
      fatal.compareAndSet(null, e);
    }
  }

  private IngestSummary summary(Duration elapsed) {
    Map<String, Long> skipped = new ConcurrentHashMap<>();
    counters.skipped.forEach((k, v) -> {
      if (v.sum() > 0) {
        skipped.put(k.label(), v.sum());
      }
    });
    return new IngestSummary(counters.read.sum(), counters.stored.sum(), counters.duplicates.sum(),
        counters.nearDuplicates.sum(), skipped, counters.sentences.sum(), counters.events.sum(),
        counters.newCanonical.sum(), sink.canonicalEvents(), elapsed);
  }
}
