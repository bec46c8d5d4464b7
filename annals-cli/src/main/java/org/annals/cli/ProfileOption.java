package org.annals.cli;

import org.annals.nlp.Pipeline;
import org.annals.nlp.PipelineConfig;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --profile accurate|fast}: the annotation profile of the commands that code articles
 * (docs/ARCHITECTURE.md, Profiles); a picocli mixin so that every command reads it alike.
 */
final class ProfileOption {
  @Option(names = "--profile", paramLabel = "accurate|fast", defaultValue = "accurate",
      converter = ProfileConverter.class,
      description = "Annotation profile: accurate (CoreNLP's full pipeline on every sentence, the default)"
          + " or fast (a gate from the lexicon and the KB picks the sentences to tag and parse).")
  Profile profile = Profile.ACCURATE;

  /** The shared pipeline of the chosen profile. */
  Pipeline pipeline() {
    return PipelineFactory.shared(profile);
  }

  /** The standard configuration with the chosen profile. */
  PipelineConfig config() {
    return PipelineConfig.of(profile);
  }

  static final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      return Profile.parse(value);
    }
  }
}
