package org.annals.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Test access to {@code ../shared} (evaluation data, the example article). Tests that need it call
 * {@link #require(String)}, which skips the test with a message when the data is absent. CI always
 * has it. Shipped in annals-model's test-jar for every module's tests.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder: system property {@code annals.shared}, else {@code ../shared}. */
  public static Path root() {
    String p = System.getProperty("annals.shared");
    return Path.of(p != null ? p : "../shared").toAbsolutePath().normalize();
  }

  /** The path of {@code relative} under the shared folder; skips the calling test if absent. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p),
        "skipped: shared data " + p + " is absent (CI has it; see ../shared/README.md)");
    return p;
  }
}
