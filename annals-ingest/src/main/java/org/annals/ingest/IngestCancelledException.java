package org.annals.ingest;

import org.annals.model.AnnalsException;

/** Thrown through a source's consumer to stop reading (the run was interrupted or a worker died). */
public final class IngestCancelledException extends AnnalsException {
  public IngestCancelledException(String message) {
    super(message);
  }
}
