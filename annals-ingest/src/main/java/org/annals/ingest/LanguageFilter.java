package org.annals.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.annals.model.AnnalsException;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects an article's language (Apache Tika's Optimaize n-gram detector with the profiles of
 * {@link #LANGUAGES}). Only a confident detection of another language rejects an article; short or
 * ambiguous texts count as English. Looks at the first {@value #SAMPLE_CHARS} characters.
 * Thread-safe (the detector is stateful, so calls are serialised; detection takes about a
 * millisecond, far below coding).
 */
public final class LanguageFilter {
  static final int SAMPLE_CHARS = 3000;
  /**
   * The profiles loaded: the world's most used news languages (all ~70 take about 80 MB of heap;
   * these about a third of that). A text in another language is either detected as a related
   * one (and skipped) or, when the detector is unsure, kept as English.
   */
  static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi",
      "pl", "cs", "sk", "hu", "ro", "tr", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi", "zh-CN", "ja", "ko",
      "id", "vi");
  private static final int MIN_LETTERS = 60;
  private final LanguageDetector detector;

  public LanguageFilter() {
    try {
      detector = new OptimaizeLangDetector().loadModels(LANGUAGES);
    } catch (IOException | RuntimeException e) {
      throw new AnnalsException("cannot load the language profiles: " + e.getMessage(), e);
    }
  }

  /**
   * The ISO 639-1 code of the text's language, or {@code en} when the text is too short or the
   * detector is unsure.
   */
  public String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return "en";
    }
    List<LanguageResult> results;
    synchronized (detector) {
      detector.reset();
      detector.addText(sample);
      results = detector.detectAll();
    }
    if (results.isEmpty() || results.get(0).isUnknown() || !results.get(0).isReasonablyCertain()) {
      return "en";
    }
    return results.get(0).getLanguage();
  }
}
