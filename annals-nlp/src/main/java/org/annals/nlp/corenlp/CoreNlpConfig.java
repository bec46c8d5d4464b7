package org.annals.nlp.corenlp;

/**
 * Typed settings of the CoreNLP adapter; {@link CoreNlpAnnotator} turns them into CoreNLP's
 * properties in one place.
 *
 * @param parse run the dependency parser (needed for event coding; off only for time tagging)
 * @param fineGrainedNer CoreNLP's fine-grained NER (COUNTRY, NATIONALITY, TITLE, CITY, ...)
 * @param maxSentenceLength sentences longer than this many tokens are not parsed (CoreNLP's
 *     {@code depparse.maxLength}-like guard against pathological input)
 */
public record CoreNlpConfig(boolean parse, boolean fineGrainedNer, int maxSentenceLength) {
  public CoreNlpConfig {
    if (maxSentenceLength < 10) {
      throw new IllegalArgumentException("maxSentenceLength must be at least 10, got " + maxSentenceLength);
    }
  }

  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(true, true, 150);
  }

  public static CoreNlpConfig timeOnly() {
    return new CoreNlpConfig(false, false, 150);
  }
}
