package org.annals.eval.common;

import java.util.List;
import java.util.function.Function;

/** The tail every readable eval report shares: gold problems and the first N misses. Stateless. */
public final class Listing {
  private Listing() {}

  /** Appends the gold problems (if any) and, when {@code errors > 0}, the first {@code errors} misses. */
  public static <T> void problemsAndMisses(StringBuilder sb, String problemsTitle, List<Problem> problems,
      List<T> misses, int errors, Function<T, String> format) {
    if (!problems.isEmpty()) {
      sb.append('\n').append(problemsTitle).append(":\n");
      problems.forEach(p -> sb.append("  ").append(p).append('\n'));
    }
    if (errors > 0) {
      sb.append("\nFirst ").append(Math.min(errors, misses.size())).append(" of ")
          .append(misses.size()).append(" misses:\n");
      misses.stream().limit(errors).forEach(m -> sb.append(format.apply(m)));
    }
  }
}
