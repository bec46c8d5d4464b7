package org.annals.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

  public SourceFactory(ReadOptions options, HttpFetcher fetcher, InputStream stdin) {
    this.options = options;
    this.fetcher = fetcher;
    this.stdin = stdin;
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
    Path p = Path.of(arg);
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
    ByteInput input = ByteInput.file(name, path);
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
      return failing(name, FailureCode.UNREADABLE, AbstractSource.describe(e));
    }
    return create(kind, ByteInput.stream(name, buffered));
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
