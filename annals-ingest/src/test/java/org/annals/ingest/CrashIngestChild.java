package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.annals.ingest.bench.IngestBench;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.verify.ClaimLedger;

/**
 * Child process of {@link BatchCrashTest}, and the run it is compared with: ingests a JSON Lines
 * file of pre-coded synthetic articles (with claims) in batches of 4 with two workers, printing
 * {@code committed N} (articles so far) after each committed batch.
 */
public final class CrashIngestChild {
  private CrashIngestChild() {}

  public static void main(String[] args) {
    try (EventStore store = EventStore.open(args[0])) {
      System.err.print(run(store, args[1], Long.parseLong(args[2])).format());
    }
  }

  /** The ingest; {@code slowMs} per article keeps the run going long enough to be killed. */
  static IngestSummary run(EventStore store, String jsonl, long slowMs) {
    Function<Article, CodedArticle> precoded = IngestBench.precoded(3, 3);
    Function<Article, CodedArticle> coder = a -> {
      try {
        Thread.sleep(slowMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return precoded.apply(a);
    };
    StoreSink sink = new StoreSink(store, new ClaimLedger(null));
    IngestSink printing = new IngestSink() {
      private int committed;

      @Override
      public boolean contains(Article a) {
        return sink.contains(a);
      }

      @Override
      public PutResult put(CodedArticle coded) {
        return putAll(List.of(coded)).get(0);
      }

      @Override
      public synchronized List<PutResult> putAll(List<CodedArticle> batch) {
        List<PutResult> out = sink.putAll(batch);
        committed += batch.size();
        System.out.println("committed " + committed);
        System.out.flush();
        return out;
      }

      @Override
      public void start() {
        sink.start();
      }

      @Override
      public void afterBatch() {
        sink.afterBatch();
        System.out.println("verified");
        System.out.flush();
      }

      @Override
      public void recordSkip(SourceItem.Failure f) {
        sink.recordSkip(f);
      }

      @Override
      public long canonicalEvents() {
        return sink.canonicalEvents();
      }
    };
    IngestConfig config = IngestConfig.of(List.of(jsonl)).withThreads(2)
        .withProgress(IngestConfig.ProgressMode.OFF).withBatches(4, Duration.ofMillis(100));
    return new IngestRunner(config, new SourceFactory(config.readOptions()), coder, printing, new LanguageFilter(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
  }
}
