package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precisely an event date is known. */
public enum Precision {
  DAY, MONTH, YEAR, UNKNOWN;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
