package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.TextInput;

/** Reads an article from a file argument ({@code -} is stdin) with specific errors. */
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
        if (Files.size(p) > TextInput.MAX_BYTES) {
          throw new BadInputException(arg + ": too large for one article (" + Files.size(p)
              + " bytes; the limit is " + TextInput.MAX_BYTES + "); use annals ingest for corpora");
        }
        bytes = Files.readAllBytes(p);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(arg + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(arg + ": cannot read (" + e.getMessage() + ")", e);
    }
    String name = "-".equals(arg) ? "<stdin>" : arg;
    String text = TextInput.decode(bytes, name);
    return new Article(null, arg, null, null, null, published, "en", text);
  }
}
