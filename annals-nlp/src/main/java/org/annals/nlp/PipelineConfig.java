package org.annals.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.model.BadInputException;
import org.annals.nlp.corenlp.CoreNlpConfig;

/**
 * Typed configuration of the coding pipeline, validated here in one place; errors name the
 * field.
 *
 * @param corenlp the annotator's settings
 * @param userLexicon an extra lexicon file whose entries are added to the bundled one, or null
 * @param claims run claim extraction
 * @param annotationCache a directory where annotations are kept and reused ({@link CachingAnnotator};
 *     {@code accurate} profile only), or null for none
 */
public record PipelineConfig(CoreNlpConfig corenlp, Path userLexicon, boolean claims, Path annotationCache) {
  public PipelineConfig {
    if (corenlp == null) {
      throw new BadInputException("pipeline config: corenlp must be set");
    }
    if (userLexicon != null && !Files.isReadable(userLexicon)) {
      throw new BadInputException("pipeline config: userLexicon " + userLexicon + " is not a readable file");
    }
    if (annotationCache != null && corenlp.profile() != Profile.ACCURATE) {
      throw new BadInputException("pipeline config: annotationCache works with the accurate profile only"
          + " (the fast profile's sentence gate depends on the lexicon, so its annotation may change with it)");
    }
    if (annotationCache != null && Files.exists(annotationCache) && !Files.isDirectory(annotationCache)) {
      throw new BadInputException("pipeline config: annotationCache " + annotationCache + " is not a directory");
    }
  }

  /** A configuration without an annotation cache. */
  public PipelineConfig(CoreNlpConfig corenlp, Path userLexicon, boolean claims) {
    this(corenlp, userLexicon, claims, null);
  }

  /** This configuration with annotations kept in {@code dir} (null: none). */
  public PipelineConfig withAnnotationCache(Path dir) {
    return new PipelineConfig(corenlp, userLexicon, claims, dir);
  }

  public static PipelineConfig defaults() {
    return of(Profile.ACCURATE);
  }

  /** The standard configuration with the given annotation profile. */
  public static PipelineConfig of(Profile profile) {
    return new PipelineConfig(CoreNlpConfig.of(profile), null, true);
  }

  /** The annotation profile. */
  public Profile profile() {
    return corenlp.profile();
  }

  /**
   * A stable hash of the settings that shape the coding, for provenance: every component, so a
   * new setting is covered without listing it here, except the annotation cache, which returns
   * what the same annotator produced.
   */
  public String hash() {
    String settings = withAnnotationCache(null).toString();
    return org.annals.model.Article.sha256Hex(settings).substring(0, 12);
  }
}
