package org.annals.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.annals.model.AnnalsException;

/** The write token kept with the data (e.g. {@code annals-data/token}). Stateless; thread-safe. */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token and whether it was just created (then the caller prints it once). */
  public record Token(String value, boolean created) {
    @Override
    public String toString() {
      return "Token[***]";
    }
  }

  private Tokens() {}

  /** Reads the token at {@code file}, or creates one (also when {@code renew}). */
  public static Token loadOrCreate(Path file, boolean renew) {
    try {
      if (!renew && Files.isRegularFile(file)) {
        String v = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (v.length() >= 16) {
          return new Token(v, false);
        }
      }
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      String v = HexFormat.of().formatHex(bytes);
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Files.writeString(file, v + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the default permissions
      }
      return new Token(v, true);
    } catch (IOException e) {
      throw new AnnalsException("cannot read or write the token file " + file + ": " + e.getMessage(), e);
    }
  }
}
