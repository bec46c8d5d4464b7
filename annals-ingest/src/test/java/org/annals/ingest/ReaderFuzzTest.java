package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.annals.model.Article;
import org.annals.store.DateBounds;

/**
 * Fuzz harnesses (jqwik) for the readers: inputs are the committed seed corpus
 * ({@code src/test/resources/fuzz/KIND}) mutated by {@link Mutations}; every input is read as a
 * file of its kind and, sniffed, from stdin. Reading never throws, never reports {@code internal},
 * and what it yields is sound. Seeded ({@link FuzzSeed}); tries: {@code jqwik.tries.default} (junit-platform.properties, or
 * -Djqwik.tries.default=N for a longer run).
 */
class ReaderFuzzTest {
  private static Path dir;
  private static int n;

  @BeforeContainer
  static void tempDir() throws IOException {
    dir = Files.createTempDirectory("annals-fuzz");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(seed = FuzzSeed.SEED)
  void html(@ForAll("html") byte[] input) {
    check(input, "html");
  }

  @Property(seed = FuzzSeed.SEED)
  void feed(@ForAll("feed") byte[] input) {
    check(input, "rss");
  }

  @Property(seed = FuzzSeed.SEED)
  void warc(@ForAll("warc") byte[] input) {
    check(input, "warc");
  }

  @Property(seed = FuzzSeed.SEED)
  void csv(@ForAll("csv") byte[] input) {
    check(input, "csv");
  }

  @Property(seed = FuzzSeed.SEED)
  void json(@ForAll("json") byte[] input) {
    check(input, "json");
    check(input, "jsonl");
  }

  @Provide
  Arbitrary<byte[]> html() {
    return Mutations.of(seeds("html"), "<", ">", "</p>", "<article>", "<script>", "<!--", "&#0;", "&amp;", "\"", "'",
        "<meta property=\"article:published_time\" content=\"+99999-01-01\">", "<p>", "\u0000");
  }

  @Provide
  Arbitrary<byte[]> feed() {
    return Mutations.of(seeds("feed"), "<item>", "</item>", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
        "&e;", "<pubDate>", "Mon, 99 Jan 99999 00:00:00 GMT", "<entry>", "<?xml", "&#xD800;");
  }

  @Provide
  Arbitrary<byte[]> warc() {
    return Mutations.of(seeds("warc"), "WARC/1.0\r\n", "\r\n\r\n", "Content-Length: 99999999\r\n",
        "Content-Length: -1\r\n", "WARC-Type: response\r\n", "HTTP/1.1 200 OK\r\n", "Transfer-Encoding: chunked\r\n",
        "Content-Encoding: gzip\r\n", "\u00d4");
  }

  @Provide
  Arbitrary<byte[]> csv() {
    return Mutations.of(seeds("csv"), "\"", ",", "\n", "\r\n", "\"\"", "text", "date", ",,,,", "\uFEFF");
  }

  @Provide
  Arbitrary<byte[]> json() {
    return Mutations.of(seeds("json"), "{", "}", "[", "]", "\"", "\\u0000", "\\ud800", ":", ",", "null", "1e999999",
        "\"published\": \"+999999999-01-01\"", "[[[[[[[[[[[[[[[[[[[[", "\n");
  }

  static List<byte[]> seeds(String kind) {
    try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "fuzz", kind))) {
      return s.sorted().map(p -> {
        try {
          return Files.readAllBytes(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code input} as a file named for its kind and sniffed from stdin; checks what comes out. */
  static void check(byte[] input, String ext) {
    Path p = Fixtures.write(dir, "in-" + n++ + "." + ext, input);
    List<SourceItem> items = new ArrayList<>();
    new SourceFactory(ReadOptions.defaults()).open(p.toString()).read(items::add);
    assertSound(items, p.toString());
    assertSound(Fixtures.readStdin(input, ReadOptions.defaults()), "<stdin>");
  }

  static void assertSound(List<SourceItem> items, String source) {
    assertThat(items).isNotEmpty().allSatisfy(i -> {
      assertThat(i.source()).isEqualTo(source);
      if (i instanceof SourceItem.Failure f) {
        assertThat(f.code()).as(f.describe()).isNotEqualTo(FailureCode.INTERNAL);
        assertThat(f.reason()).isNotBlank();
      } else {
        Article a = ((SourceItem.Parsed) i).article();
        assertThat(a.text()).isNotBlank();
        assertThat(DateBounds.check(a.published(), "published")).isEqualTo(a.published());
        assertThat(new String(a.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(a.text());
      }
    });
  }

  /** Byte-level mutations of seeds, with format tokens, that jqwik can generate and shrink. */
  static final class Mutations {
    private Mutations() {}

    static Arbitrary<byte[]> of(List<byte[]> seeds, String... tokens) {
      Arbitrary<byte[]> seed = Arbitraries.of(seeds);
      Arbitrary<List<Edit>> edits = edit(tokens).list().ofMinSize(0).ofMaxSize(6);
      Arbitrary<byte[]> mutated = Combinators.combine(seed, edits).as((s, es) -> {
        byte[] b = s;
        for (Edit e : es) {
          b = e.apply(b);
        }
        return b;
      });
      return Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(9, mutated),
          net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)));
    }

    /** One edit at a relative position (0..1) of the input. */
    record Edit(int kind, double at, double to, byte[] token) {
      byte[] apply(byte[] b) {
        int i = (int) (at * b.length);
        int j = Math.max(i, (int) (to * b.length));
        return switch (kind) {
          case 0 -> java.util.Arrays.copyOf(b, i); // truncate
          case 1 -> splice(b, i, i, token); // insert a token
          case 2 -> splice(b, i, j, new byte[0]); // delete a slice
          case 3 -> splice(b, i, i, token.length == 0 ? token : String.valueOf(new String(token,
              StandardCharsets.UTF_8)).repeat(200).getBytes(StandardCharsets.UTF_8)); // a long run of a token
          case 4 -> splice(b, j, j, java.util.Arrays.copyOfRange(b, i, j)); // duplicate a slice
          default -> { // flip a byte
            byte[] c = b.clone();
            if (c.length > 0) {
              c[Math.min(i, c.length - 1)] ^= (byte) (1 + (int) (to * 254));
            }
            yield c;
          }
        };
      }

      static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
      }
    }

    static Arbitrary<Edit> edit(String... tokens) {
      Arbitrary<byte[]> token = Arbitraries.of(tokens).map(t -> t.getBytes(StandardCharsets.UTF_8));
      return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
          Arbitraries.doubles().between(0, 1), token).as(Edit::new);
    }
  }
}
