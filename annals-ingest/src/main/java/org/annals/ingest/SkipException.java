package org.annals.ingest;

import org.annals.model.BadInputException;

/** A record (or a whole source) cannot be ingested; becomes a {@link SourceItem.Failure}. */
public final class SkipException extends BadInputException {
  private final FailureCode code;

  public SkipException(FailureCode code, String reason) {
    super(reason);
    this.code = code;
  }

  public SkipException(FailureCode code, String reason, Throwable cause) {
    super(reason, cause);
    this.code = code;
  }

  public FailureCode code() {
    return code;
  }
}
