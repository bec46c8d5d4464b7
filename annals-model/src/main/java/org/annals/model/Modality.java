package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether the article asserts the event, denies it, speculates, supposes or announces it. */
public enum Modality {
  ASSERTED, NEGATED, SPECULATIVE, HYPOTHETICAL, FUTURE;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
