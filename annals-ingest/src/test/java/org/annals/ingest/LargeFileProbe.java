package org.annals.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;

/**
 * Run in a separate JVM with a small heap by {@link LargeInputTest}: ingests the given sources
 * through the real runner with a stand-in coder and a sink that only counts, then prints
 * {@code read=N stored=N skipped=N}.
 */
public final class LargeFileProbe {
  private LargeFileProbe() {}

  public static void main(String[] args) {
    AtomicLong stored = new AtomicLong();
    IngestSink counting = new IngestSink() {
      @Override
      public boolean contains(Article article) {
        return false;
      }

      @Override
      public PutResult put(CodedArticle coded) {
        stored.incrementAndGet();
        return new PutResult(coded.article().id(), PutStatus.STORED, 0, 0, null);
      }

      @Override
      public void recordSkip(SourceItem.Failure failure) {
        System.out.println("skip " + failure.describe());
      }

      @Override
      public long canonicalEvents() {
        return 0;
      }
    };
    IngestConfig config = IngestConfig.of(List.of(args)).withThreads(2).withProgress(IngestConfig.ProgressMode.OFF);
    IngestSummary s = new IngestRunner(config, new SourceFactory(config.readOptions()),
        a -> new CodedArticle(a, List.of(), List.of(), List.of(), 1, 1, new Provenance("t", "t", null, null, "0")),
        counting, new LanguageFilter(), new PrintStream(System.err)).run();
    System.out.println("read=" + s.read() + " stored=" + stored.get() + " skipped=" + s.skippedTotal());
  }
}
