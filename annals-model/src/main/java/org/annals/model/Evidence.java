package org.annals.model;

/**
 * Why an event was coded: the sentence ({@code start}, {@code end}), the trigger words, and the
 * lexicon entry or rule that fired (e.g. {@code lexicon:consult.speak-by-phone}).
 */
public record Evidence(String article, int start, int end, Trigger trigger, String rule) {}
