package org.annals.cli;

import java.time.Duration;
import org.annals.model.budget.Budget;
import picocli.CommandLine.Option;

/** The per-article budget (docs/INGEST.md, Budgets) of the commands that code articles. */
final class BudgetOptions {
  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Budget.DEFAULT_MAX_CHARS,
      description = "Most characters in one article; longer ones are skipped (budget) (default ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--max-sentence-chars", paramLabel = "N", defaultValue = "" + Budget.DEFAULT_MAX_SENTENCE_CHARS,
      description = "Longer sentences are left out of annotation with a warning (default ${DEFAULT-VALUE}).")
  int maxSentenceChars;

  @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "" + Budget.DEFAULT_MAX_TOKENS,
      description = "Most tokens (estimated) in one article; larger ones are skipped (default ${DEFAULT-VALUE}).")
  int maxTokens;

  @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "" + Budget.DEFAULT_MAX_SECONDS,
      description = "Most seconds to code one article; a slower one is skipped (budget), or answered 503 by the"
          + " server (default ${DEFAULT-VALUE}).")
  long maxSeconds;

  Budget budget() {
    return new Budget(maxChars, maxSentenceChars, maxTokens, Duration.ofSeconds(maxSeconds));
  }
}
