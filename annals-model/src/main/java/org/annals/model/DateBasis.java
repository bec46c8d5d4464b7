package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an event's date came from: its own explicit date ("on 3 July 2025"), a relative
 * expression resolved against the publication date ("on Tuesday", "in June of last year"), the
 * date of another event it is anchored to ("during the call", "two days after"), the publication
 * date as a labelled fallback, the ingest time (no date at all), or nothing.
 */
public enum DateBasis {
  EXPLICIT, RELATIVE, ANCHORED_TO_EVENT, PUBLICATION, INGESTED, UNKNOWN;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
