package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annals.model.BadInputException;
import org.annals.nlp.corenlp.CoreNlpConfig;
import org.junit.jupiter.api.Test;

/** The profile is typed configuration, validated in one place, and part of the provenance hash. */
class ProfileTest {
  @Test
  void parsesTheTwoNamesInAnyCase() {
    assertThat(Profile.parse("fast")).isEqualTo(Profile.FAST);
    assertThat(Profile.parse(" Accurate ")).isEqualTo(Profile.ACCURATE);
    assertThat(Profile.FAST.label()).isEqualTo("fast");
  }

  @Test
  void anUnknownProfileIsTheUsersError() {
    assertThatThrownBy(() -> Profile.parse("quick"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'accurate' or 'fast'").hasMessageContaining("quick");
    assertThatThrownBy(() -> new CoreNlpConfig(true, true, 150, null))
        .isInstanceOf(BadInputException.class).hasMessageContaining("profile");
    assertThatThrownBy(() -> new CoreNlpConfig(true, true, 5, Profile.FAST))
        .isInstanceOf(BadInputException.class).hasMessageContaining("maxSentenceLength");
  }

  @Test
  void accurateStaysTheDefaultAndFastDropsTheFineGrainedRules() {
    assertThat(PipelineConfig.defaults().profile()).isEqualTo(Profile.ACCURATE);
    assertThat(PipelineConfig.defaults().corenlp().fineGrainedNer()).isTrue();
    assertThat(PipelineConfig.of(Profile.FAST).corenlp().fineGrainedNer()).isFalse();
    assertThat(CoreNlpConfig.timeOnly(Profile.FAST).parse()).isFalse();
  }

  @Test
  void theProfileChangesTheConfigurationHashStoredWithEachArticle() {
    assertThat(PipelineConfig.of(Profile.FAST).hash()).isNotEqualTo(PipelineConfig.of(Profile.ACCURATE).hash());
  }
}
