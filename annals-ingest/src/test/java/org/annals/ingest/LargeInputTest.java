package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 MB inputs, ingested in a separate JVM whose heap (160 MB) is far smaller than the file: the
 * run only succeeds if sources stream. Also a 200 MB text file and a 40 MB line without a line
 * break, which are refused as too large for one article without being loaded.
 */
class LargeInputTest {
  private static final long SIZE = 200L * 1024 * 1024;
  @TempDir Path dir;

  @Test
  void twoHundredMegabyteFilesStreamInASmallHeap() throws Exception {
    Path jsonl = dir.resolve("big.jsonl");
    long records = writeJsonLines(jsonl);
    Path text = dir.resolve("big.txt");
    Path oneLine = dir.resolve("oneline.jsonl");
    writeFiller(text, "", SIZE);
    writeFiller(oneLine, "{\"text\":\"", 40L * 1024 * 1024);
    assertThat(Files.size(jsonl)).isGreaterThanOrEqualTo(SIZE);

    List<String> out = probe(jsonl, text, oneLine);
    assertThat(out).contains("read=" + records + " stored=" + records + " skipped=2");
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("skip " + text + ": too large for one article"));
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("skip " + oneLine + ": line 1: line of "));
  }

  /** Distinct English records of about 20 kB each, up to 200 MB. */
  private static long writeJsonLines(Path p) throws IOException {
    String body = (Fixtures.NORWAY.replace("\n", " ") + " " + Fixtures.KENYA + " " + Fixtures.CANADA + " ").repeat(30);
    long n = 0;
    long size = 0;
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      while (size < SIZE) {
        String line = "{\"id\":\"r" + n + "\",\"date\":\"2025-07-03\",\"text\":\"Item " + n + ". " + body + "\"}\n";
        w.write(line);
        size += line.length();
        n++;
      }
    }
    return n;
  }

  private static void writeFiller(Path p, String prefix, long bytes) throws IOException {
    String chunk = "The ministers met again and talked about trade. ".repeat(1000);
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write(prefix);
      for (long size = 0; size < bytes; size += chunk.length()) {
        w.write(chunk);
      }
    }
  }

  private static List<String> probe(Path... files) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx160m", "-cp", System.getProperty("java.class.path"), LargeFileProbe.class.getName()));
    for (Path f : files) {
      cmd.add(f.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (var r = p.inputReader(StandardCharsets.UTF_8)) {
      r.lines().forEach(lines::add);
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    return lines;
  }
}
