package org.annals.cli;

import java.nio.file.Path;
import org.annals.model.BadInputException;
import org.annals.nlp.Pipeline;
import org.annals.nlp.PipelineConfig;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.Profile;
import picocli.CommandLine.Option;

/**
 * {@code --annotation-cache DIR} (or the environment variable {@value #ENV}): the commands that
 * re-code fixed text ({@code code}, {@code eval}) keep CoreNLP's annotation of each article in DIR
 * and reuse it ({@link org.annals.nlp.CachingAnnotator}). Not offered by {@code bench},
 * {@code ingest} or {@code flink}, whose timings or stored provenance must come from a real run.
 * The environment variable is ignored under {@code --profile fast}; the option is an error there.
 */
final class AnnotationCacheOption {
  static final String ENV = "ANNALS_ANNOTATION_CACHE";

  @Option(names = "--annotation-cache", paramLabel = "DIR",
      description = "Keep CoreNLP's annotation of each article in DIR and reuse it when the same text"
          + " and date come again (accurate profile only): re-coding after a lexicon or rule change then"
          + " costs seconds. Default: the environment variable " + ENV + ", else none.")
  Path dir;

  /** {@code config} with the chosen cache, if any applies to its profile. */
  PipelineConfig apply(PipelineConfig config) {
    if (dir != null) {
      if (config.profile() != Profile.ACCURATE) {
        throw new BadInputException("--annotation-cache works with --profile accurate only (the fast"
            + " profile's sentence gate depends on the lexicon)");
      }
      return config.withAnnotationCache(dir);
    }
    String env = System.getenv(ENV);
    if (env == null || env.isBlank() || config.profile() != Profile.ACCURATE) {
      return config;
    }
    return config.withAnnotationCache(Path.of(env.strip()));
  }

  /** The shared pipeline of {@code profile}'s configuration with the chosen cache. */
  Pipeline pipeline(ProfileOption profile) {
    return PipelineFactory.shared(apply(profile.config()));
  }
}
