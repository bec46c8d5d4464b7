package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * Where a source's bytes come from: a file (optionally gzip-compressed) or an already open stream
 * (stdin, a pipe, a fetched page). Immutable; a stream-backed input can be opened once (a second
 * {@link #open()} fails rather than silently reading the stream's remainder).
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
    return new ByteInput(name, path, gzipName(path),
        () -> new CountingInputStream(Files.newInputStream(path), counter));
  }

  static boolean gzipName(Path path) {
    return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  /** An open stream, to be read once; {@code gzip} when {@link #open()} should decompress it. */
  static ByteInput stream(String name, InputStream in, boolean gzip) {
    java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
    return new ByteInput(name, null, gzip, () -> {
      if (opened.getAndSet(true)) {
        throw new IllegalStateException(name + " is a stream and was already read");
      }
      return in;
    });
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
