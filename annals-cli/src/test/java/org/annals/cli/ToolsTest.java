package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tools run in a fresh clone: their Java steps use the CLI jar that {@code ./annals} builds
 * (its manifest names every library), not a classpath that needs an installed build (issue 16,
 * item 8).
 */
class ToolsTest {
  private static final Pattern JAVA_CP = Pattern.compile("java -cp (\\S+) (org\\.annals\\.[\\w.]+)");

  @Test
  void killResumeComparesWithTheCliJar() throws Exception {
    String script = Files.readString(Path.of("..", "tools", "ingest-kill-resume.sh"));
    assertThat(script).doesNotContain("dependency:build-classpath").contains("./annals ingest");
    List<Matcher> calls = JAVA_CP.matcher(script).results().map(r -> {
      Matcher m = JAVA_CP.matcher(r.group());
      m.matches();
      return m;
    }).toList();
    assertThat(calls).isNotEmpty();
    for (Matcher m : calls) {
      assertThat(m.group(1)).isEqualTo("annals-cli/target/annals-cli.jar");
      assertThat(Class.forName(m.group(2)).getMethod("main", String[].class)).isNotNull();
    }
  }
}
