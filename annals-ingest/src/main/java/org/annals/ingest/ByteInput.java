package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * Where a source's bytes come from: a file (optionally gzip-compressed) or an already open stream
 * (stdin, a fetched page). Immutable; a stream-backed input can be opened once.
 *
 * @param name shown in messages
 * @param path the file, or null for streams (used to find sidecar metadata)
 * @param gzip whether {@link #open()} decompresses
 */
record ByteInput(String name, Path path, boolean gzip, Opener opener) {
  /** Opens the raw bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /** A file; bytes read are added to {@code counter}. */
  static ByteInput file(String name, Path path, LongAdder counter) {
    boolean gz = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    return new ByteInput(name, path, gz, () -> new CountingInputStream(Files.newInputStream(path), counter));
  }

  static ByteInput stream(String name, InputStream in) {
    return new ByteInput(name, null, false, () -> in);
  }

  /** The (decompressed) content. */
  InputStream open() throws IOException {
    InputStream raw = opener.open();
    return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  /** The raw bytes without decompression (WARC readers decompress themselves). */
  InputStream openRaw() throws IOException {
    return opener.open();
  }

  /**
   * Reads all content, at most {@code limit} bytes.
   *
   * @throws SkipException TOO_LARGE when there is more
   */
  byte[] readAll(int limit) throws IOException {
    try (InputStream in = open()) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new SkipException(FailureCode.TOO_LARGE, "too large for one article (over " + limit
            + " bytes); split it, or give it as JSON Lines or CSV with one article per record");
      }
      return bytes;
    }
  }
}
