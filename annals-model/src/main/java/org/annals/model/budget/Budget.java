package org.annals.model.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.Warning;

/**
 * What coding one article may cost, checked before and around the coder so that no input can hold
 * a worker or a request thread for long or fill the heap: an article over {@code maxChars}
 * characters or an estimated {@code maxTokens} tokens is refused before coding; a sentence over
 * {@code maxSentenceChars} characters is blanked out of the text the annotator sees (offsets
 * stay, the article gets a {@code long-sentence-skipped} warning), so it is never parsed whole;
 * coding that takes longer than {@code maxTime} is interrupted and refused. Immutable;
 * thread-safe.
 *
 * @param maxChars most characters in one article
 * @param maxSentenceChars most characters in one sentence (a run of text between sentence ends
 *     or line breaks)
 * @param maxTokens most tokens in one article (estimated before tokenising: every run of letters
 *     or digits and every other visible character counts one)
 * @param maxTime most wall-clock time to code one article
 */
public record Budget(int maxChars, int maxSentenceChars, int maxTokens, Duration maxTime) {
  /** Defaults that a 2-core laptop survives (docs/INGEST.md, Budgets). */
  public static final int DEFAULT_MAX_CHARS = 100_000;
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 2_000;
  public static final int DEFAULT_MAX_TOKENS = 20_000;
  public static final int DEFAULT_MAX_SECONDS = 120;
  public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(DEFAULT_MAX_SECONDS);
  private static final ExecutorService CODING = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "budgeted-coding");
    t.setDaemon(true);
    return t;
  });

  public Budget {
    if (maxChars < 1 || maxSentenceChars < 10 || maxTokens < 1) {
      throw new BadInputException("budget: maxChars and maxTokens must be positive and maxSentenceChars at"
          + " least 10, got " + maxChars + ", " + maxTokens + " and " + maxSentenceChars);
    }
    if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
      throw new BadInputException("budget: maxTime must be positive, got " + maxTime);
    }
  }

  public static Budget defaults() {
    return new Budget(DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCE_CHARS, DEFAULT_MAX_TOKENS, DEFAULT_MAX_TIME);
  }

  public Budget withMaxTime(Duration t) {
    return new Budget(maxChars, maxSentenceChars, maxTokens, t);
  }

  /**
   * A coder that codes within this budget. {@code coder} is asked for the coder before the clock
   * starts (so loading a model on first use is not counted against an article).
   */
  public Function<Article, CodedArticle> coder(Supplier<? extends Function<Article, CodedArticle>> coder) {
    return a -> code(coder.get(), a);
  }

  /**
   * Codes {@code article} within this budget: refused before coding when too large, overlong
   * sentences blanked, interrupted after {@code maxTime}.
   *
   * @return the coding, with the original article and a warning per blanked sentence
   * @throws BudgetException when the article is too large or its coding too slow
   */
  public CodedArticle code(Function<Article, CodedArticle> coder, Article article) {
    Sentences.Masked masked = prepare(article);
    CodedArticle coded = within(() -> coder.apply(masked.article()));
    List<Warning> warnings = new ArrayList<>(coded.warnings());
    warnings.addAll(masked.warnings());
    return new CodedArticle(article, coded.events(), coded.claims(), warnings, coded.sentenceCount(),
        coded.tokenCount(), coded.provenance());
  }

  /** The article as the annotator may see it, or a {@link BudgetException} when it is too large. */
  Sentences.Masked prepare(Article article) {
    checkSize(article);
    return Sentences.mask(article, maxSentenceChars);
  }

  /**
   * Refuses an article with too many characters or (estimated) tokens; cheap, so it can run before
   * anything else looks at the text.
   *
   * @throws BudgetException when the article is too large
   */
  public void checkSize(Article article) {
    String text = article.text();
    if (text.length() > maxChars) {
      throw new BudgetException("article of " + text.length() + " characters is over the budget of " + maxChars
          + "; split it", false);
    }
    long tokens = Sentences.estimateTokens(text, maxTokens);
    if (tokens > maxTokens) {
      throw new BudgetException("article of more than " + maxTokens + " tokens (estimated) is over the budget;"
          + " split it", false);
    }
  }

  private CodedArticle within(Supplier<CodedArticle> work) {
    Future<CodedArticle> f = CODING.submit(work::get);
    try {
      return f.get(maxTime.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      long ms = maxTime.toMillis();
      throw new BudgetException("coding took longer than the budget of "
          + (ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0)) + " s", true);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new AnnalsException("coding failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted while coding", e);
    }
  }
}
