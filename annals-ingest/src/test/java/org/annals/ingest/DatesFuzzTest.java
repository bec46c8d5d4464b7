package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz harness (jqwik) for the date parsers: metadata dates and datelines, from the committed
 * samples ({@code src/test/resources/fuzz/dates}) mutated, and from arbitrary text. They never
 * throw, answer quickly, and give only four-digit-year dates.
 */
class DatesFuzzTest {
  @Property(tries = 2000, seed = FuzzSeed.SEED)
  void metadataDates(@ForAll("dates") String s) {
    LocalDate d = timed(() -> Dates.parse(s));
    assertThat(d == null || d.getYear() >= 0 && d.getYear() <= 9999).as("%s -> %s", s, d).isTrue();
  }

  @Property(tries = 2000, seed = FuzzSeed.SEED)
  void datelines(@ForAll("dates") String s) {
    LocalDate d = timed(() -> Dates.dateline(s));
    assertThat(d == null || d.getYear() >= 0 && d.getYear() <= 9999).as("%s -> %s", s, d).isTrue();
  }

  private static LocalDate timed(java.util.function.Supplier<LocalDate> parse) {
    long t0 = System.nanoTime();
    LocalDate d = parse.get();
    assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds to parse").isLessThan(500);
    return d;
  }

  @Provide
  Arbitrary<String> dates() throws IOException {
    List<String> samples = Files.readAllLines(Path.of("src", "test", "resources", "fuzz", "dates", "samples.txt"));
    List<byte[]> seeds = samples.stream().map(s -> s.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)).toList();
    Arbitrary<String> mutated = ReaderFuzzTest.Mutations.of(seeds, "0", "9", "-", "/", "T", "Z", "+", ",", " ",
        "July", "Sept.", "31st", "\u0663", "\uFF12", "\n", "\u2014", "MOSCOW, ", "99999")
        .map(b -> new String(b, StandardCharsets.UTF_8));
    return Arbitraries.oneOf(mutated, Arbitraries.strings().ofMaxLength(400),
        Arbitraries.strings().withChars("0123456789-/:TZ+ ,.\n").ofMaxLength(60));
  }
}
