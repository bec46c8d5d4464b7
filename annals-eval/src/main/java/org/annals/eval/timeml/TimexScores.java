package org.annals.eval.timeml;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * TempEval-3 TIMEX3 scores (0 to 1): strict and relaxed span precision/recall/F1, and the
 * attribute F1s, each = relaxed F1 × the attribute's accuracy over relaxed matches. Immutable.
 */
public record TimexScores(
    @JsonProperty("strict_precision") double strictPrecision,
    @JsonProperty("strict_recall") double strictRecall,
    @JsonProperty("strict_f1") double strictF1,
    @JsonProperty("relaxed_precision") double relaxedPrecision,
    @JsonProperty("relaxed_recall") double relaxedRecall,
    @JsonProperty("relaxed_f1") double relaxedF1,
    @JsonProperty("type_f1") double typeF1,
    @JsonProperty("value_f1") double valueF1,
    @JsonProperty("type_accuracy") double typeAccuracy,
    @JsonProperty("value_accuracy") double valueAccuracy,
    @JsonIgnore TimexCounts counts) {}
