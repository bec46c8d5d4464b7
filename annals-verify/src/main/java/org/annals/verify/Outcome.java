package org.annals.verify;

import com.fasterxml.jackson.annotation.JsonValue;

/** The verdict on a claim. */
public enum Outcome {
  SUPPORTED("supported"), CONTRADICTED("contradicted"), NOT_CHECKABLE("not-checkable");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
