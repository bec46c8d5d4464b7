package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How precisely an event date is known. A {@link #WEEK} is an ISO 8601 week (Monday to Sunday),
 * written {@code 2019-W03} in {@link EventDate#value()}.
 */
public enum Precision {
  DAY, WEEK, MONTH, YEAR, UNKNOWN;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
