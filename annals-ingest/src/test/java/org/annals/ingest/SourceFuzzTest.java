package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to valid inputs of every kind (truncation, flipped bytes, inserted junk,
 * pure noise): reading never throws and never reports an internal error; it yields articles
 * and failures that name the file.
 */
class SourceFuzzTest {
  private static final long SEED = 20250703L;
  private static final int ROUNDS = 40;
  @TempDir Path dir;

  private Map<String, byte[]> valid() throws IOException {
    Path warc = WarcFixtures.write(dir.resolve("valid.warc"), false);
    Path warcGz = WarcFixtures.write(dir.resolve("valid.warc.gz"), true);
    String jsonl = "{\"text\":\"" + Fixtures.KENYA + "\",\"date\":\"2024-03-11\"}\n{\"text\":\"" + Fixtures.CANADA + "\"}\n";
    return Map.of(
        "txt", ("OSLO, July 3, 2025 — " + Fixtures.NORWAY).getBytes(StandardCharsets.UTF_8),
        "html", Fixtures.html("Oslo", "2025-07-03", Fixtures.NORWAY).getBytes(StandardCharsets.UTF_8),
        "jsonl", jsonl.getBytes(StandardCharsets.UTF_8),
        "json", ("[" + jsonl.strip().replace("\n", ",") + "]").getBytes(StandardCharsets.UTF_8),
        "csv", ("url,date,title,text\nhttps://a.example/1,2024-03-11,Road,\"" + Fixtures.KENYA + "\"\n")
            .getBytes(StandardCharsets.UTF_8),
        "rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>T</title>"
            + "<link>https://w.example/1</link><description>" + Fixtures.KENYA + "</description></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8),
        "warc", Files.readAllBytes(warc),
        "warc.gz", Files.readAllBytes(warcGz),
        "jsonl.gz", SourcesTest.gzip(jsonl.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void damagedInputsNeverThrow() throws IOException {
    Random random = new Random(SEED);
    Map<String, byte[]> valid = valid();
    int n = 0;
    for (String ext : valid.keySet().stream().sorted().toList()) {
      for (int round = 0; round < ROUNDS; round++) {
        byte[] damaged = damage(valid.get(ext), random);
        Path p = Fixtures.write(dir, "fuzz-" + n++ + "." + ext, damaged);
        List<SourceItem> items = new ArrayList<>();
        new SourceFactory(ReadOptions.defaults()).open(p.toString()).read(items::add);
        assertThat(items).as("%s round %d", ext, round).isNotEmpty().allSatisfy(i -> {
          assertThat(i.source()).isEqualTo(p.toString());
          if (i instanceof SourceItem.Failure f) {
            assertThat(f.code()).as(f.describe()).isNotEqualTo(FailureCode.INTERNAL);
            assertThat(f.reason()).isNotBlank();
          } else {
            assertThat(((SourceItem.Parsed) i).article().text()).isNotBlank();
          }
        });
      }
    }
  }

  static byte[] damage(byte[] in, Random r) {
    byte[] b = in.clone();
    switch (r.nextInt(5)) {
      case 0 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
      case 1 -> {
        for (int i = 0, k = 1 + r.nextInt(20); i < k; i++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
      }
      case 2 -> {
        byte[] junk = new byte[1 + r.nextInt(200)];
        r.nextBytes(junk);
        int at = r.nextInt(b.length);
        byte[] out = new byte[b.length + junk.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(b, at, out, at + junk.length, b.length - at);
        b = out;
      }
      case 3 -> {
        b = new byte[r.nextInt(2000)];
        r.nextBytes(b);
      }
      default -> {
        int from = r.nextInt(b.length);
        int to = from + r.nextInt(b.length - from);
        java.util.Arrays.fill(b, from, to, (byte) (r.nextBoolean() ? '"' : '<'));
      }
    }
    return b;
  }
}
