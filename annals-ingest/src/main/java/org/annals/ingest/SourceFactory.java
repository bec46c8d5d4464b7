package org.annals.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.function.Consumer;

/**
 * Picks the source for a command-line argument: {@code -} is stdin, an http(s) URL is a feed, a
 * directory is read recursively, a file by its extension ({@link SourceKind#byName}) or else by
 * its first bytes ({@link SourceKind#sniff}); {@code NAME.gz} is decompressed and read as {@code
 * NAME}. A missing or unreadable argument becomes a source that reports one failure. Thread-safe.
 */
public final class SourceFactory {
  private final ReadOptions options;
  private final HttpFetcher fetcher;
  private final InputStream stdin;
  private final LongAdder bytesRead = new LongAdder();

  public SourceFactory(ReadOptions options, HttpFetcher fetcher, InputStream stdin) {
    this.options = options;
    this.fetcher = fetcher;
    this.stdin = stdin;
  }

  /** Bytes read so far from files opened by this factory (compressed size for .gz). */
  public LongAdder bytesRead() {
    return bytesRead;
  }

  /** Total size of the files the arguments name (directories walked), or -1 if any is stdin or a URL. */
  public static long totalBytes(List<String> args) {
    long total = 0;
    for (String a : args) {
      if ("-".equals(a) || HttpFetcher.isHttp(a)) {
        return -1;
      }
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        total += s.filter(Files::isRegularFile).mapToLong(SourceFactory::size).sum();
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        // a missing argument is reported when it is read
      }
    }
    return total;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  public SourceFactory(ReadOptions options) {
    this(options, new HttpFetcher(options.httpTimeout(), FeedSource.MAX_FEED_BYTES), System.in);
  }

  /** The source for one argument. */
  public Source open(String arg) {
    if ("-".equals(arg)) {
      return forStream("<stdin>", stdin);
    }
    if (HttpFetcher.isHttp(arg)) {
      return new FeedSource(arg, options, fetcher);
    }
    Path p;
    try {
      p = Path.of(arg);
    } catch (InvalidPathException e) {
      return failing(arg, FailureCode.UNREADABLE, "not a valid path (" + e.getMessage() + ")");
    }
    if (Files.isDirectory(p)) {
      return new DirectorySource(arg, p, this);
    }
    return forFile(arg, p);
  }

  /** The source for a file of any kind. */
  public Source forFile(String name, Path path) {
    if (!Files.exists(path)) {
      return failing(name, FailureCode.UNREADABLE, "no such file or directory");
    }
    if (!Files.isRegularFile(path)) {
      return forPipe(name, path);
    }
    ByteInput input = ByteInput.file(name, path, bytesRead);
    SourceKind kind = SourceKind.byName(path.getFileName().toString());
    if (kind == null) {
      try (InputStream in = input.open()) {
        byte[] head = in.readNBytes(SourceKind.SNIFF_BYTES);
        kind = SourceKind.sniff(head, head.length);
      } catch (IOException e) {
        return failing(name, AbstractSource.ioCode(e), AbstractSource.describe(e));
      }
    }
    return create(kind, input);
  }

  /**
   * A path that is not a regular file (a FIFO, {@code /dev/fd/N} of a process substitution, a
   * device): opened exactly once and read as a stream, never re-opened (re-opening a pipe would
   * lose the bytes read to sniff its format). Its extension still names the format and {@code
   * .gz}.
   */
  private Source forPipe(String name, Path path) {
    InputStream raw;
    try {
      // FileInputStream, not Files.newInputStream: a channel asks a pipe for its position ("Illegal seek")
      raw = new CountingInputStream(new java.io.FileInputStream(path.toFile()), bytesRead);
    } catch (IOException e) {
      return failing(name, AbstractSource.ioCode(e), AbstractSource.describe(e));
    }
    SourceKind kind = SourceKind.byName(path.getFileName().toString());
    boolean gz = ByteInput.gzipName(path);
    if (kind != null) {
      return create(kind, ByteInput.stream(name, new BufferedInputStream(raw, 1 << 16), gz));
    }
    try {
      return forStream(name, gz ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw);
    } catch (IOException e) {
      return failing(name, AbstractSource.ioCode(e), AbstractSource.describe(e));
    }
  }

  /** The source for a stream whose kind is sniffed from its first bytes (stdin). */
  public Source forStream(String name, InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    SourceKind kind;
    try {
      buffered.mark(SourceKind.SNIFF_BYTES);
      byte[] head = buffered.readNBytes(SourceKind.SNIFF_BYTES);
      buffered.reset();
      kind = SourceKind.sniff(head, head.length);
    } catch (IOException e) {
      return failing(name, AbstractSource.ioCode(e), AbstractSource.describe(e));
    }
    return create(kind, ByteInput.stream(name, buffered, false));
  }

  private Source create(SourceKind kind, ByteInput input) {
    return switch (kind) {
      case TEXT -> new TextSource(input, options);
      case HTML -> new HtmlSource(input, options);
      case JSON -> new JsonSource(input, options, false);
      case JSON_LINES -> new JsonSource(input, options, true);
      case CSV -> new CsvSource(input, options);
      case FEED -> new FeedSource(input, options, fetcher);
      case WARC -> new WarcSource(input, options);
    };
  }

  static Source failing(String name, FailureCode code, String reason) {
    return new Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void read(Consumer<SourceItem> out) {
        out.accept(new SourceItem.Failure(name, "", code, reason));
      }
    };
  }
}
