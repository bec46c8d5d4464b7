package org.annals.ingest;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.budget.Budget;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;

/**
 * What an ingest worker does with one source item (language check, budget, undated articles,
 * coding; {@link ArticleProcessor}), for engines that store the results elsewhere: the Flink job
 * codes items with it and hands the outcome to its own sinks, so both paths decide alike.
 *
 * <p>Thread-safety: not thread-safe (one per task or thread); the coder it is given may be shared.
 */
public final class ItemCoder {
  /** The result of one item: a coded article, or the failure to record (exactly one is set). */
  public record Outcome(CodedArticle coded, SourceItem.Failure failure) {}

  private final ArticleProcessor processor;
  private final Capture capture = new Capture();

  /**
   * @param coder gives the coder ({@code PipelineFactory::shared}); asked per article, outside its budget
   * @param messages receives a line per skipped item
   */
  public ItemCoder(Supplier<? extends Function<Article, CodedArticle>> coder, Budget budget,
      LanguageFilter languages, LocalDate ingestDate, Consumer<String> messages) {
    this.processor = new ArticleProcessor(budget.coder(coder), budget, capture, languages,
        new ArticleProcessor.Counters(), messages, ingestDate);
  }

  /** Codes one item; never throws for a bad article (it becomes a failure). */
  public Outcome code(SourceItem item) {
    capture.outcome = null;
    processor.process(item);
    Outcome out = capture.outcome;
    capture.outcome = null;
    return out;
  }

  /** The sink the processor writes to: keeps the one result of the current item. */
  private static final class Capture implements IngestSink {
    private Outcome outcome;

    @Override
    public boolean contains(Article article) {
      return false; // the caller decides about duplicates (the Flink job keys by article id)
    }

    @Override
    public PutResult put(CodedArticle coded) {
      outcome = new Outcome(coded, null);
      return new PutResult(coded.article().id(), PutStatus.STORED, coded.events().size(), 0, null);
    }

    @Override
    public void recordSkip(SourceItem.Failure failure) {
      outcome = new Outcome(null, failure);
    }

    @Override
    public long canonicalEvents() {
      return 0;
    }
  }
}
