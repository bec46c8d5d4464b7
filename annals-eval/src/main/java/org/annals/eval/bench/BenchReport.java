package org.annals.eval.bench;

import java.util.List;
import java.util.Map;

/**
 * The result of {@code annals bench}. Immutable; its JSON form is {@code annals bench --json}.
 *
 * @param corpus the corpus files
 * @param articles articles per pass; {@code sentences} and {@code tokens} as counted by Annals
 * @param runs one entry per thread count
 * @param peakHeapMb peak heap over the whole run (MiB, summed pool peaks)
 * @param peakRssMb peak resident set size of the process (MiB; -1 when unknown)
 * @param failures articles on which a workload threw (they are counted, not retried)
 */
public record BenchReport(
    List<String> corpus, int articles, long sentences, long tokens, int warmup, int repeat,
    Machine machine, String date, List<Run> runs, long peakHeapMb, long peakRssMb, int failures) {

  public BenchReport {
    corpus = List.copyOf(corpus);
    runs = List.copyOf(runs);
  }

  /** Where it ran. */
  public record Machine(int cores, String cpu, String os, String java, long maxHeapMb) {}

  /**
   * Throughput of one workload over the repetitions.
   *
   * @param cpuSeconds CPU time of the whole process over each pass (all threads, GC included; -1
   *     when the JVM cannot tell), less sensitive than the wall time to other load on the machine
   * @param stageMsPerArticle median over repetitions of each stage's time per article (summed
   *     over threads, so with several threads it exceeds the wall time)
   */
  public record Throughput(Stats wallSeconds, Stats cpuSeconds, Stats articlesPerSecond, Stats sentencesPerSecond,
      Stats tokensPerSecond, Map<String, Double> stageMsPerArticle) {
    public Throughput {
      stageMsPerArticle = stageMsPerArticle == null ? Map.of()
          : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMsPerArticle));
    }
  }

  /**
   * One thread count.
   *
   * @param timeRatio median wall time of Annals divided by that of the baseline (1.10: Annals takes
   *     10% longer than annotation alone)
   * @param bestTimeRatio the same with the fastest pass of each (less sensitive to other load on
   *     the machine)
   * @param cpuRatio median CPU time of Annals divided by that of the baseline (the least
   *     sensitive to other load on a shared machine)
   */
  public record Run(int threads, Throughput annals, Throughput baseline, double timeRatio,
      double bestTimeRatio, double cpuRatio) {}
}
