package org.annals.eval.bench;

import java.util.Locale;
import java.util.Map;
import org.annals.eval.common.TextTable;

/** The readable form of a {@link BenchReport}. Stateless and thread-safe. */
public final class BenchReportText {
  private BenchReportText() {}

  public static String format(BenchReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Corpus: ").append(String.join(", ", r.corpus())).append('\n')
        .append("  ").append(r.articles()).append(" articles, ").append(r.sentences())
        .append(" sentences, ").append(r.tokens()).append(" tokens per pass; warm-up ")
        .append(r.warmup()).append(" articles; ").append(r.repeat()).append(" measured passes\n")
        .append("Machine: ").append(r.machine().cores()).append(" cores, ").append(r.machine().cpu())
        .append(", ").append(r.machine().os()).append(", ").append(r.machine().java())
        .append(", max heap ").append(r.machine().maxHeapMb()).append(" MiB\n")
        .append("Date: ").append(r.date()).append("\n\n");
    TextTable t = new TextTable("threads", "workload", "articles/s", "sentences/s", "tokens/s",
        "wall s (min/median/max)", "CPU s (median)");
    for (BenchReport.Run run : r.runs()) {
      row(t, run.threads(), "annals", run.annals());
      row(t, run.threads(), "baseline", run.baseline());
    }
    sb.append(t).append('\n');
    for (BenchReport.Run run : r.runs()) {
      sb.append(String.format(Locale.ROOT,
          "threads=%d: time ratio Annals/baseline %.3f (median wall times), %.3f (fastest passes),"
              + " %.3f (median CPU times)%n",
          run.threads(), run.timeRatio(), run.bestTimeRatio(), run.cpuRatio()));
      sb.append("  stage ms/article (median):").append(stages(run.annals().stageMsPerArticle())).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%nPeak heap %d MiB (summed pool peaks), peak RSS %s%n",
        r.peakHeapMb(), r.peakRssMb() < 0 ? "unknown" : r.peakRssMb() + " MiB"));
    if (r.failures() > 0) {
      sb.append(r.failures()).append(" article runs failed (see stderr)\n");
    }
    return sb.toString();
  }

  private static void row(TextTable t, int threads, String name, BenchReport.Throughput x) {
    t.row(threads, name, med(x.articlesPerSecond()), med(x.sentencesPerSecond()),
        med(x.tokensPerSecond()), String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
            x.wallSeconds().min(), x.wallSeconds().median(), x.wallSeconds().max()),
        String.format(Locale.ROOT, "%.1f", x.cpuSeconds().median()));
  }

  private static String med(Stats s) {
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", s.median(), s.min(), s.max());
  }

  private static String stages(Map<String, Double> stages) {
    StringBuilder sb = new StringBuilder();
    stages.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.1f", k, v)));
    return sb.length() == 0 ? " (none)" : sb.toString();
  }
}
