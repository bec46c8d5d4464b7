package org.annals.ingest;

import java.util.Objects;
import org.annals.model.Article;

/**
 * One result of reading a source: an article, or a failure that says which input and which record
 * could not be turned into an article and why. Immutable.
 */
public sealed interface SourceItem {
  /** The source name shown to users (a file path, a URL, {@code <stdin>}). */
  String source();

  /** Where in the source: {@code line 12}, {@code record 3 (offset 5120)}, or empty for the whole source. */
  String locator();

  /** An article read from {@code source} at {@code locator}. */
  record Parsed(String source, String locator, Article article) implements SourceItem {
    public Parsed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(locator, "locator");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * A record that could not be read.
   *
   * @param code a stable reason code for the summary, see {@link FailureCode}
   * @param reason a user-facing message (what is wrong, what to do)
   */
  record Failure(String source, String locator, FailureCode code, String reason) implements SourceItem {
    public Failure {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(locator, "locator");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }

    /** {@code source: locator: reason} for messages. */
    public String describe() {
      return source + (locator.isEmpty() ? "" : ": " + locator) + ": " + reason;
    }
  }
}
