package org.annals.model.budget;

import org.annals.model.BadInputException;

/**
 * An article exceeds a {@link Budget}: too many characters or tokens ({@link #timedOut()} false),
 * or its coding took longer than the time limit (true). It is the input's fault, not a bug: the
 * ingest skips the article with reason {@code budget}, the server answers 400 (size) or 503
 * (time), the CLI exits with 2.
 */
public final class BudgetException extends BadInputException {
  private final boolean timedOut;

  BudgetException(String message, boolean timedOut) {
    super(message);
    this.timedOut = timedOut;
  }

  public boolean timedOut() {
    return timedOut;
  }
}
