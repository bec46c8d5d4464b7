package org.annals.eval.timeml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.TimeExpression;

/**
 * The TempEval-3 entity scorer's counts for TIMEX3, summed over documents (micro-average).
 * Recall side: each gold timex is matched to an overlapping system timex (the identical span if
 * there is one, else the one with the largest overlap); relaxed = any overlap, strict = identical
 * span; type and value are compared on these relaxed matches. Precision side: each system timex
 * counts as relaxed when it overlaps some gold timex, strict when some gold timex has its span.
 * Immutable.
 */
public record TimexCounts(
    int gold,
    int system,
    int strictRecall,
    int relaxedRecall,
    int strictPrecision,
    int relaxedPrecision,
    int typeMatch,
    int valueMatch) {

  public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0, 0, 0);

  /** Counts for one document. */
  public static TimexCounts of(List<TimeExpression> gold, List<TimeExpression> system) {
    int strictR = 0, relaxedR = 0, type = 0, value = 0;
    for (TimeExpression g : gold) {
      Optional<TimeExpression> s = match(g, system);
      if (s.isEmpty()) {
        continue;
      }
      relaxedR++;
      strictR += sameSpan(g, s.get()) ? 1 : 0;
      type += Objects.equals(g.type(), s.get().type()) ? 1 : 0;
      value += Objects.equals(g.value(), s.get().value()) ? 1 : 0;
    }
    int strictP = 0, relaxedP = 0;
    for (TimeExpression s : system) {
      relaxedP += gold.stream().anyMatch(g -> overlap(g, s) > 0) ? 1 : 0;
      strictP += gold.stream().anyMatch(g -> sameSpan(g, s)) ? 1 : 0;
    }
    return new TimexCounts(gold.size(), system.size(), strictR, relaxedR, strictP, relaxedP, type, value);
  }

  /** The system timex a gold timex is scored against, if any overlaps it. */
  public static Optional<TimeExpression> match(TimeExpression g, List<TimeExpression> system) {
    TimeExpression best = null;
    int bestOverlap = 0;
    for (TimeExpression s : system) {
      if (sameSpan(g, s)) {
        return Optional.of(s);
      }
      int o = overlap(g, s);
      if (o > bestOverlap) {
        best = s;
        bestOverlap = o;
      }
    }
    return Optional.ofNullable(best);
  }

  static boolean sameSpan(TimeExpression a, TimeExpression b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  static int overlap(TimeExpression a, TimeExpression b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  public TimexCounts plus(TimexCounts o) {
    return new TimexCounts(gold + o.gold, system + o.system, strictRecall + o.strictRecall,
        relaxedRecall + o.relaxedRecall, strictPrecision + o.strictPrecision,
        relaxedPrecision + o.relaxedPrecision, typeMatch + o.typeMatch, valueMatch + o.valueMatch);
  }

  /** The scores as the TempEval-3 scorer reports them (all 0 to 1). */
  public TimexScores scores() {
    if (gold == 0 && system == 0) {
      return new TimexScores(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, this);
    }
    double sp = ratio(strictPrecision, system), sr = ratio(strictRecall, gold);
    double rp = ratio(relaxedPrecision, system), rr = ratio(relaxedRecall, gold);
    double rf = f1(rp, rr);
    double typeAcc = ratio(typeMatch, relaxedRecall), valueAcc = ratio(valueMatch, relaxedRecall);
    return new TimexScores(sp, sr, f1(sp, sr), rp, rr, rf, typeAcc * rf, valueAcc * rf, typeAcc,
        valueAcc, this);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
