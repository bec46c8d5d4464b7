package org.annals.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.model.BadInputException;
import org.annals.model.Ontology;

/**
 * Writes canonical events to a file in one of the {@link ExportFormat}s. The file is written
 * under a temporary name in the target's directory and moved into place when complete, so a
 * failed export leaves nothing under the target name. Not thread-safe: the caller serialises.
 */
final class Exporter {
  /** Identifies the coder in PLOVER's {@code coder} field. */
  static final String CODER = "Annals";

  private final Connection c;
  private final CountryCodes codes = CountryCodes.standard();

  Exporter(Connection c) {
    this.c = c;
  }

  long export(ExportFormat format, EventQuery filter, Path out) throws SQLException {
    Path target = out.toAbsolutePath();
    Path tmp = temporary(target);
    try {
      long n = write(format, filter, tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return n;
    } catch (IOException e) {
      throw new BadInputException("cannot write " + out + ": " + reason(e), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  private long write(ExportFormat format, EventQuery filter, Path tmp)
      throws SQLException, IOException {
    List<ExportRow> rows = ExportQueries.rows(c, filter);
    switch (format) {
      case GDELT -> lines(tmp, null, rows, new GdeltRows(codes)::event);
      case GDELT_MENTIONS -> {
        return mentions(tmp, rows);
      }
      case PLOVER -> lines(tmp, null, rows,
          r -> Codec.write(new PloverRecords(codes, CODER).record(r)));
      case ICEWS -> lines(tmp, String.join("\t", IcewsRows.COLUMNS), rows,
          new IcewsRows(codes, Ontology.standard())::row);
      case CSV -> lines(tmp, FlatRows.COLUMNS.stream().map(FlatRows.Column::name)
          .collect(Collectors.joining(",")), rows, r -> FlatRows.row(r).stream()
          .map(FlatRows::csvCell).collect(Collectors.joining(",")));
      case PARQUET -> Parquet.write(tmp, rows);
    }
    return rows.size();
  }

  private long mentions(Path tmp, List<ExportRow> rows) throws SQLException, IOException {
    Map<String, ExportRow> byId = rows.stream().collect(Collectors.toMap(
        r -> r.event().id(), Function.identity(), (a, b) -> a));
    List<MentionExport> ms = ExportQueries.mentions(c, byId.keySet());
    GdeltRows g = new GdeltRows(codes);
    lines(tmp, null, ms, m -> g.mention(byId.get(m.canonicalId()), m));
    return ms.size();
  }

  /** A fresh name next to the target (so that the final move stays on one file system). */
  private static Path temporary(Path target) {
    Path dir = target.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      if (Files.isDirectory(target)) {
        throw new BadInputException("cannot write " + target + ": it is a directory");
      }
      return Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + ": " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort: the temporary file is hidden and marked .part
    }
  }

  private static <T> void lines(Path out, String header, List<T> rows, Function<T, String> line)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (header != null) {
        w.write(header);
        w.write('\n');
      }
      for (T r : rows) {
        w.write(line.apply(r));
        w.write('\n');
      }
    }
  }
}
