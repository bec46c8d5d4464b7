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
 */
public record PipelineConfig(CoreNlpConfig corenlp, Path userLexicon, boolean claims) {
  public PipelineConfig {
    if (corenlp == null) {
      throw new BadInputException("pipeline config: corenlp must be set");
    }
    if (userLexicon != null && !Files.isReadable(userLexicon)) {
      throw new BadInputException("pipeline config: userLexicon " + userLexicon + " is not a readable file");
    }
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

  /** A stable hash of this configuration for provenance. */
  public String hash() {
    return org.annals.model.Article.sha256Hex(toString()).substring(0, 12);
  }
}
