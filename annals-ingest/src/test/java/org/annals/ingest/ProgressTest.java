package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void estimatesTheTotalFromTheShareOfBytesRead() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LongAdder read = new LongAdder();
    read.add(500);
    try (Progress p = new Progress(IngestConfig.ProgressMode.OFF, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        1000, read, () -> 10, () -> 5, () -> 1, () -> false)) {
      p.draw();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("ingest:  25% of ~20 5 done, ").contains("1 skipped");
  }

  @Test
  void unknownTotalShowsCountsOnly() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Progress p = new Progress(IngestConfig.ProgressMode.OFF, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        -1, new LongAdder(), () -> 3, () -> 3, () -> 0, () -> false)) {
      p.draw();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("ingest: 3 done, ").doesNotContain("ETA");
  }

  @Test
  void clockFormat() {
    assertThat(Progress.clock(59)).isEqualTo("0:59");
    assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
  }
}
