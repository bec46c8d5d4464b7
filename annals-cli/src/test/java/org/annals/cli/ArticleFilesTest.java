package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.annals.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals code <(yes ...)}: a pipe has no size to ask for; it is read up to the limit and an
 * endless one is refused as too large, not read into memory (issue 16, item 3).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ArticleFilesTest {
  @TempDir Path dir;

  private Process writeIntoFifo(Path fifo, String command) throws Exception {
    Process make = new ProcessBuilder("bash", "-c", "mkfifo \"$0\"", fifo.toString()).start();
    assumeTrue(make.waitFor(10, TimeUnit.SECONDS) && make.exitValue() == 0, "mkfifo is not available");
    return new ProcessBuilder("bash", "-c", command + " > \"$0\"", fifo.toString()).start();
  }

  @Test
  void anEndlessPipeIsTooLargeNotOutOfMemory() throws Exception {
    Path fifo = dir.resolve("endless");
    Process yes = writeIntoFifo(fifo, "yes 'The ministers met in Oslo.' 2>/dev/null");
    try {
      assertThatThrownBy(() -> ArticleFiles.read(fifo.toString(), null, new ByteArrayInputStream(new byte[0])))
          .isInstanceOf(BadInputException.class).hasMessageContaining("too large");
    } finally {
      yes.destroy();
    }
  }

  @Test
  void aShortPipeIsReadWhole() throws Exception {
    Path fifo = dir.resolve("short");
    Process printf = writeIntoFifo(fifo, "printf 'OSLO, July 3, 2025 \\u2014 The ministers met.'");
    assertThat(ArticleFiles.read(fifo.toString(), null, new ByteArrayInputStream(new byte[0])).text())
        .isEqualTo("OSLO, July 3, 2025 — The ministers met.");
    assertThat(printf.waitFor(10, TimeUnit.SECONDS)).isTrue();
  }
}
