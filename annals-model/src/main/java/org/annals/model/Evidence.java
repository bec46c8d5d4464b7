package org.annals.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why an event was coded: the sentence ({@code start}, {@code end}), the trigger words, and the
 * lexicon entry or rule that fired (e.g. {@code lexicon:consult.speak-by-phone}).
 *
 * @param sentence the sentence's 1-based number in the article (as the annotator split it), or
 *     null when not recorded (events coded before it was)
 */
public record Evidence(String article, int start, int end, Trigger trigger, String rule,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer sentence) {

  @JsonCreator
  public Evidence {}

  /** Evidence without the sentence number (set later by {@link #withSentence}). */
  public Evidence(String article, int start, int end, Trigger trigger, String rule) {
    this(article, start, end, trigger, rule, null);
  }

  /** The same evidence with {@code suffix} appended to its rule ("+ordered-by:…"). */
  public Evidence withRuleSuffix(String suffix) {
    return new Evidence(article, start, end, trigger, rule + suffix, sentence);
  }

  public Evidence withSentence(Integer n) {
    return new Evidence(article, start, end, trigger, rule, n);
  }
}
