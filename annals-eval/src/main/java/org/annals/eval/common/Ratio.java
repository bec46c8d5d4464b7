package org.annals.eval.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * A proportion {@code hits / total} that remembers its counts, so reports can say "12/20 (0.600)"
 * and a ratio over nothing is shown as "n/a" instead of a made-up number. Immutable.
 */
public record Ratio(int hits, int total) {
  public Ratio {
    if (hits < 0 || total < 0 || hits > total) {
      throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
    }
  }

  public static Ratio of(int hits, int total) {
    return new Ratio(hits, total);
  }

  /** The proportion, or NaN when {@code total} is 0. */
  @JsonIgnore
  public double value() {
    return total == 0 ? Double.NaN : (double) hits / total;
  }

  /** The proportion for JSON: null when {@code total} is 0. */
  @JsonProperty("value")
  public Double json() {
    return total == 0 ? null : value();
  }

  /** {@code 12/20 (0.600)} or {@code 0/0 (n/a)}. */
  public String format() {
    return hits + "/" + total + " (" + Ratio.decimal(value()) + ")";
  }

  /** Three decimals, or {@code n/a} for NaN. */
  public static String decimal(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
