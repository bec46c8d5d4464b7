package org.annals.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;
import org.annals.model.budget.Budget;
import org.annals.store.EventStore;
import org.annals.store.RecodeFilter;
import org.annals.store.Recoding;
import org.annals.verify.ClaimLedger;

/**
 * Re-codes stored articles whose coding came from another annotator, lexicon or knowledge base
 * than the current pipeline's ({@link Recoding#stale}): reads their texts and metadata from the
 * store, codes them again (in parallel, within the same budget as an ingest; an article without
 * a publication date is coded as of the day it was first stored, as its ingest did), and replaces
 * their codings one transaction per batch ({@link Recoding#replace}: mentions, warnings, claims,
 * the canonical events they can change); the claim ledger then verifies the claims each batch
 * queued. The store ends as a fresh ingest of the same articles with the current pipeline would
 * leave it. An article the coder fails on keeps its old coding and is reported. Progress lines go
 * to {@code err} every 10 s. Not thread-safe; one run at a time.
 */
public final class Recoder {
  /**
   * What a run did.
   *
   * @param candidates articles whose provenance differed (or all selected, with {@code all})
   * @param recoded articles whose coding was replaced
   * @param failed articles the coder failed on (their old coding is kept)
   */
  public record Summary(int candidates, int recoded, int failed, Duration elapsed) {
    /** The closing summary for the terminal. */
    public String format() {
      return String.format(Locale.ROOT, "articles to re-code %d%nre-coded           %d%nfailed             %d"
          + " (old coding kept)%nelapsed            %.1f s%n", candidates, recoded, failed,
          elapsed.toMillis() / 1000.0);
    }
  }

  private final EventStore store;
  private final Recoding recoding;
  private final Function<Article, CodedArticle> coder;
  private final Provenance current;
  private final ClaimLedger ledger;
  private final int batchSize;
  private final int threads;
  private final PrintStream err;
  private LocalDate ingestDate;

  /**
   * @param coder codes one article (the current pipeline's {@code code}; the default budget is
   *     applied as in an ingest)
   * @param current the current pipeline's provenance
   * @param ledger verifies the claims each batch queued (null: claims are stored without verdicts)
   * @throws BadInputException when the store cannot hold re-codings (not a database store)
   */
  public Recoder(EventStore store, Function<Article, CodedArticle> coder, Provenance current,
      ClaimLedger ledger, int batchSize, int threads, PrintStream err) {
    if (batchSize < 1 || threads < 1) {
      throw new BadInputException("--batch-size and --threads must be at least 1");
    }
    this.store = store;
    this.recoding = Recoding.of(store).orElseThrow(
        () -> new BadInputException("this store cannot re-code articles"));
    this.coder = Budget.defaults().coder(() -> coder);
    this.current = current;
    this.ledger = ledger;
    this.batchSize = batchSize;
    this.threads = threads;
    this.err = err;
  }

  /** Codes articles without any date as of this day instead of the day each was stored. */
  public Recoder withIngestDate(LocalDate day) {
    this.ingestDate = day;
    return this;
  }

  /** The articles {@code where} selects that would be re-coded. */
  public List<String> candidates(RecodeFilter where) {
    return recoding.stale(current, where);
  }

  /** Re-codes what {@code where} selects. */
  public Summary run(RecodeFilter where) {
    long t0 = System.nanoTime();
    List<String> ids = candidates(where);
    int recoded = 0;
    int failed = 0;
    long lastLine = t0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "recode-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      if (ledger != null) {
        ledger.drain(store);
      }
      for (int from = 0; from < ids.size(); from += batchSize) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + batchSize));
        List<CodedArticle> fresh = code(pool, part);
        failed += part.size() - fresh.size();
        recoding.replace(fresh);
        if (ledger != null) {
          ledger.drain(store);
        }
        recoded += fresh.size();
        if (System.nanoTime() - lastLine >= 10_000_000_000L || from + batchSize >= ids.size()) {
          lastLine = System.nanoTime();
          progress(recoded + failed, ids.size(), lastLine - t0);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(ids.size(), recoded, failed, Duration.ofNanos(System.nanoTime() - t0));
  }

  /** Codes a batch in parallel; an article the coder fails on is reported and left out. */
  private List<CodedArticle> code(ExecutorService pool, List<String> ids) {
    Map<String, CodedArticle> stored = recoding.codings(ids);
    Map<String, LocalDate> days = ingestDate == null ? recoding.ingestDays(ids) : Map.of();
    List<Future<CodedArticle>> jobs = new ArrayList<>();
    for (String id : ids) {
      Article a = stored.get(id).article();
      LocalDate day = ingestDate != null ? ingestDate
          : days.getOrDefault(id, LocalDate.now(java.time.ZoneOffset.UTC));
      jobs.add(pool.submit(() -> a.published() == null ? Undated.code(coder, a, day) : coder.apply(a)));
    }
    List<CodedArticle> out = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      try {
        out.add(jobs.get(i).get());
      } catch (ExecutionException e) {
        err.println("annals: recode: " + ids.get(i) + ": coding failed, old coding kept: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AnnalsException("recode interrupted", e);
      }
    }
    return out;
  }

  private void progress(int done, int total, long nanos) {
    double s = nanos / 1e9;
    double rate = s > 0 ? done / s : 0;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    err.printf(Locale.ROOT, "annals: recode: %d / %d articles (%.0f%%), %.1f articles/s, about %d s left%n",
        done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, eta);
    err.flush();
  }
}
