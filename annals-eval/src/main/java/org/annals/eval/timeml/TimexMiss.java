package org.annals.eval.timeml;

import org.annals.model.TimeExpression;

/**
 * One error of a tagger against gold: {@code missed} (gold with no overlapping system timex),
 * {@code spurious} (system timex overlapping no gold), {@code span} (overlap only), {@code value}
 * or {@code type} (matched, attribute differs). {@code gold} or {@code system} is null when absent.
 */
public record TimexMiss(String file, String kind, TimeExpression gold, TimeExpression system, String context) {}
