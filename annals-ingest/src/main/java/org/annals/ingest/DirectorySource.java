package org.annals.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * All files under a directory, recursively, in sorted path order (deterministic on any machine);
 * hidden files and sidecar {@code *.meta.json} files are passed over. Each file is read by the
 * source the factory picks for it; a file whose extension names no supported format (a README.md,
 * an image) is reported as UNSUPPORTED rather than read as text (files without an extension are
 * sniffed). Not thread-safe (read once).
 */
final class DirectorySource implements Source {
  private final String name;
  private final Path dir;
  private final SourceFactory factory;

  DirectorySource(String name, Path dir, SourceFactory factory) {
    this.name = name;
    this.dir = dir;
    this.factory = factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void read(Consumer<SourceItem> out) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !skipped(dir.relativize(p))).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      out.accept(new SourceItem.Failure(name, "", FailureCode.UNREADABLE, "cannot list the directory ("
          + e.getMessage() + ")"));
      return;
    }
    for (Path f : files) {
      String file = f.getFileName().toString();
      if (SourceKind.byName(file) == null && file.contains(".")) {
        out.accept(new SourceItem.Failure(f.toString(), "", FailureCode.UNSUPPORTED, "not a supported format ("
            + file.substring(file.lastIndexOf('.')) + "); name the file on the command line to read it as text"));
        continue;
      }
      factory.forFile(f.toString(), f).read(out);
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return relative.getFileName().toString().endsWith(".meta.json");
  }
}
