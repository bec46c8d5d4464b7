package org.annals.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.BadInputException;
import org.annals.nlp.Profile;
import org.junit.jupiter.api.Test;

/** The job's typed configuration: the annotation profile is part of it and must be set. */
class FlinkJobConfigTest {
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void theProfileDefaultsToAccurateAndTravelsWithTheConfiguration() {
    FlinkJobConfig c = FlinkJobConfig.of(List.of("."), null, "/tmp/annals-parquet", 1, DAY);
    assertThat(c.profile()).isEqualTo(Profile.ACCURATE);
    assertThat(c.withProfile(Profile.FAST).profile()).isEqualTo(Profile.FAST);
    assertThat(c.withProfile(Profile.FAST).withCheckpointMillis(500).profile()).isEqualTo(Profile.FAST);
  }

  @Test
  void aMissingProfileIsBadInputNamingTheOption() {
    FlinkJobConfig c = FlinkJobConfig.of(List.of("."), null, "/tmp/annals-parquet", 1, DAY);
    assertThatThrownBy(() -> c.withProfile(null)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("--profile");
  }
}
