package org.annals.model;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * What the project's generators of compiled resources share (the generators are test-scope
 * classes with a {@code main}, run by the {@code tools/gen_*.sh} scripts of their module): the
 * header that says what a compiled file was made from, by which tool, when, and under which licence,
 * and the gzip writing. Stateless; thread-safe.
 */
public final class CompiledResource {
  private CompiledResource() {}

  /** Writes one piece of content. */
  public interface Content {
    void write(Writer out) throws IOException;
  }

  /**
   * The header lines (without comment markers): the tool and date, each source with its SHA-256,
   * and the source's licence notice, copied from {@code licence}, which is carried with the data.
   */
  public static List<String> header(String tool, String what, List<Path> sources, Path licence)
      throws IOException {
    List<String> out = new ArrayList<>();
    out.add(what);
    out.add("Compiled by " + tool + " on " + LocalDate.now(ZoneOffset.UTC)
        + " (the project's own format; regenerate with that tool, do not edit by hand) from:");
    for (Path s : sources) {
      out.add("  " + s.getFileName() + " (SHA-256 " + sha256(s) + ")");
    }
    out.add("Credits and licence: see THIRD_PARTY.md at the project's root. The source's notice:");
    out.add("");
    out.addAll(Files.readAllLines(licence, StandardCharsets.UTF_8).stream().map(String::stripTrailing)
        .toList());
    while (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    out.add("");
    return out;
  }

  /** Writes {@code content} gzipped (UTF-8) to {@code file}, through a temporary file. */
  public static void writeGzip(Path file, Content content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(tmp));
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      content.write(w);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
