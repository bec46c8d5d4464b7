package org.annals.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.budget.Budget;
import org.annals.model.budget.BudgetException;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;

/**
 * What a worker does with one source item: a failure is recorded; an article is checked against
 * the store (cheap, before coding), checked for language, coded (an article without a date is
 * coded as of the ingest day, see {@link Undated}) within its budget (the coder given is budgeted;
 * an article over it is skipped as {@code budget}), and handed to the {@link Batcher}; it is
 * counted as done when its batch is committed ({@link #committed}). Exceptions from the coder or
 * from storing become dead-letter records; an exception from {@code recordSkip} propagates (the
 * sink is broken). Thread-safe when the coder and sink are.
 */
final class ArticleProcessor implements Batcher.Listener {
  /** Run totals, updated by all workers. */
  static final class Counters {
    final LongAdder read = new LongAdder();
    final LongAdder items = new LongAdder();
    final LongAdder done = new LongAdder();
    final LongAdder stored = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder nearDuplicates = new LongAdder();
    final LongAdder sentences = new LongAdder();
    final LongAdder events = new LongAdder();
    final LongAdder newCanonical = new LongAdder();
    final Map<FailureCode, LongAdder> skipped = new EnumMap<>(FailureCode.class);

    Counters() {
      for (FailureCode c : FailureCode.values()) {
        skipped.put(c, new LongAdder());
      }
    }

    long skippedTotal() {
      return skipped.values().stream().mapToLong(LongAdder::sum).sum();
    }
  }

  private final Function<Article, CodedArticle> coder;
  private final IngestSink sink;
  private final LanguageFilter languages;
  private final Counters counters;
  private final Consumer<String> messages;
  private final LocalDate ingestDate;
  private final Budget budget;
  private Batcher batcher;

  /** @param coder a coder within {@code budget} (see {@link Budget#coder}) */
  ArticleProcessor(Function<Article, CodedArticle> coder, Budget budget, IngestSink sink, LanguageFilter languages,
      Counters counters, Consumer<String> messages, LocalDate ingestDate) {
    this.coder = coder;
    this.budget = budget;
    this.ingestDate = ingestDate;
    this.sink = sink;
    this.languages = languages;
    this.counters = counters;
    this.messages = messages;
  }

  /**
   * Where coded articles go (set once, before the first {@link #process}); without one, each
   * coded article goes straight to the sink's {@code put}.
   */
  void batcher(Batcher b) {
    this.batcher = b;
  }

  void process(SourceItem item) {
    boolean pending = false;
    try {
      if (item instanceof SourceItem.Failure f) {
        skip(f);
      } else if (item instanceof SourceItem.Parsed p) {
        counters.read.increment();
        pending = article(p);
      }
    } finally {
      if (!pending) {
        counters.done.increment();
      }
    }
  }

  /** Returns whether the article went to a batch (it is done when the batch is committed). */
  private boolean article(SourceItem.Parsed p) {
    Article a = p.article();
    if (sink.contains(a)) {
      counters.duplicates.increment();
      return false;
    }
    try {
      budget.checkSize(a);
    } catch (BudgetException e) {
      skip(p, FailureCode.BUDGET, e.getMessage());
      return false;
    }
    String lang = languages.detect(a.text());
    if (!"en".equals(lang)) {
      skip(p, FailureCode.NOT_ENGLISH, "not English (detected '" + lang + "')");
      return false;
    }
    a = new Article(a.id(), a.file(), a.url(), a.title(), a.outlet(), a.published(), lang, a.text());
    CodedArticle coded;
    try {
      coded = a.published() == null ? Undated.code(coder, a, ingestDate) : coder.apply(a);
    } catch (BudgetException e) {
      skip(p, FailureCode.BUDGET, e.getMessage());
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      skip(p, FailureCode.CODING_FAILED, "coding failed: " + e);
      return false;
    }
    if (coded.sentenceCount() == 0) {
      skip(p, FailureCode.NO_TEXT, "no sentences found");
      return false;
    }
    if (batcher == null) { // no batches (ItemCoder): the sink takes the article itself
      sink.put(coded);
      return false;
    }
    batcher.add(new Batcher.Item(p, coded));
    return true;
  }

  @Override
  public void committed(Batcher.Item item, PutResult r) {
    try {
      switch (r.status()) {
        case DUPLICATE -> counters.duplicates.increment();
        case NEAR_DUPLICATE, STORED -> {
          (r.status() == PutStatus.STORED ? counters.stored : counters.nearDuplicates).increment();
          counters.sentences.add(item.coded().sentenceCount());
          counters.events.add(r.events());
          counters.newCanonical.add(r.newCanonical());
        }
      }
    } finally {
      counters.done.increment();
    }
  }

  @Override
  public void failed(Batcher.Item item, RuntimeException e) {
    try {
      skip(item.source(), FailureCode.INTERNAL, "storing failed: " + e.getMessage());
    } finally {
      counters.done.increment();
    }
  }

  private void skip(SourceItem.Parsed p, FailureCode code, String reason) {
    skip(new SourceItem.Failure(p.source(), p.locator(), code, reason));
  }

  private void skip(SourceItem.Failure f) {
    counters.skipped.get(f.code()).increment();
    messages.accept("annals: skipped: " + f.describe());
    sink.recordSkip(f);
  }
}
