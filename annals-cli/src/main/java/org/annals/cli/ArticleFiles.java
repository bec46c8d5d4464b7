package org.annals.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.ingest.Dates;
import org.annals.ingest.Sidecar;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.TextInput;

/**
 * Reads an article from a file argument ({@code -} is stdin) with specific errors; its date and
 * metadata as {@code annals ingest} reads a text file (sidecar, option, dateline).
 */
final class ArticleFiles {
  private ArticleFiles() {}

  static Article read(String arg, LocalDate published, InputStream stdin) {
    byte[] bytes;
    try {
      if ("-".equals(arg)) {
        bytes = stdin.readNBytes(TextInput.MAX_BYTES + 1);
      } else {
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
          throw new BadInputException(arg + ": is a directory (give files, or use annals ingest for a folder)");
        }
        if (!Files.exists(p)) {
          throw new NoSuchFileException(arg);
        }
        // read, not sized: a pipe (<(command), a FIFO) has no size, and is read once (through a
        // buffer: FileInputStream.readNBytes itself asks for the position, an "Illegal seek" on a pipe)
        try (InputStream in = new BufferedInputStream(new FileInputStream(p.toFile()), 1 << 16)) {
          bytes = in.readNBytes(TextInput.MAX_BYTES + 1);
        }
      }
      if (bytes.length > TextInput.MAX_BYTES) {
        throw new BadInputException(arg + ": too large for one article (over " + TextInput.MAX_BYTES
            + " bytes); use annals ingest for corpora");
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(arg + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(arg + ": cannot read (" + e.getMessage() + ")", e);
    }
    String name = "-".equals(arg) ? "<stdin>" : arg;
    String text = TextInput.decode(bytes, name);
    Sidecar meta = "-".equals(arg) ? Sidecar.NONE : sidecar(Path.of(arg));
    return new Article(null, arg, meta.url(), meta.title(), meta.outlet(),
        dated(meta.published(), published, text), "en", text);
  }

  /**
   * The publication date as {@code annals ingest} reads it for a text file: the sidecar's, else
   * {@code --published}, else the text's dateline ("MOSCOW, July 3, 2025 —"); null if none.
   */
  private static LocalDate dated(LocalDate sidecar, LocalDate option, String text) {
    return sidecar != null ? sidecar : option != null ? option : Dates.dateline(text);
  }

  private static Sidecar sidecar(Path file) {
    try {
      return Sidecar.find(file);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read its sidecar (" + e.getMessage() + ")", e);
    }
  }
}
