package org.annals.nlp.corenlp;

import org.annals.model.BadInputException;
import org.annals.nlp.Profile;

/**
 * Typed settings of the CoreNLP adapter; {@link CoreNlpAnnotator} and
 * {@link FastCoreNlpAnnotator} turn them into CoreNLP's properties in one place. Validated here.
 *
 * @param parse run the dependency parser (needed for event coding; off only for time tagging)
 * @param fineGrainedNer CoreNLP's fine-grained NER (COUNTRY, NATIONALITY, TITLE, CITY, ...)
 * @param maxSentenceLength sentences longer than this many tokens are not parsed (CoreNLP's
 *     {@code depparse.maxLength}-like guard against pathological input)
 * @param profile {@link Profile#ACCURATE} (every annotator on every sentence) or
 *     {@link Profile#FAST} (the sentence gate decides)
 */
public record CoreNlpConfig(boolean parse, boolean fineGrainedNer, int maxSentenceLength, Profile profile) {
  public CoreNlpConfig {
    if (maxSentenceLength < 10) {
      throw new BadInputException("corenlp config: maxSentenceLength must be at least 10, got "
          + maxSentenceLength);
    }
    if (profile == null) {
      throw new BadInputException("corenlp config: profile must be set (accurate or fast)");
    }
  }

  /** The accurate profile's settings (backwards compatible constructor). */
  public CoreNlpConfig(boolean parse, boolean fineGrainedNer, int maxSentenceLength) {
    this(parse, fineGrainedNer, maxSentenceLength, Profile.ACCURATE);
  }

  public static CoreNlpConfig defaults() {
    return of(Profile.ACCURATE);
  }

  /**
   * The full settings with the given profile: parse; fine-grained NER in {@code accurate} only
   * (its rules cost more than the CRF; in {@code fast} the knowledge base names countries, cities
   * and offices).
   */
  public static CoreNlpConfig of(Profile profile) {
    return new CoreNlpConfig(true, profile == Profile.ACCURATE, 150, profile);
  }

  public static CoreNlpConfig timeOnly() {
    return timeOnly(Profile.ACCURATE);
  }

  /** Time tagging only (no parse, no fine-grained NER) with the given profile. */
  public static CoreNlpConfig timeOnly(Profile profile) {
    return new CoreNlpConfig(false, false, 150, profile);
  }
}
