package org.annals.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.timeml.TimemlEvaluation;
import org.annals.eval.timeml.TimemlReport;
import org.annals.eval.timeml.TimexMiss;
import org.annals.eval.timeml.TimexScores;
import org.annals.model.BadInputException;
import org.annals.model.Json;
import org.annals.model.TimeExpression;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.corenlp.CoreNlpConfig;
import org.annals.nlp.gate.SentenceGate;
import org.annals.nlp.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval timeml DIR}: scores Annals' temporal tagger and plain SUTime (baseline) on
 * TimeML gold TIMEX3s, as the TempEval-3 scorer does.
 */
@Command(name = "timeml", description = "Score the temporal tagger on TimeML gold TIMEX3 (TempEval-3 metrics), with SUTime as baseline.")
public final class TimemlEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;

  @Parameters(paramLabel = "DIR", description = "A folder of .tml files (searched recursively) or one file.")
  Path dir;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List the first N errors of Annals' tagger.")
  int errors;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintStream progress = quiet ? null : System.err;
    TimemlEvaluation eval = new TimemlEvaluation(() -> {
      if (progress != null) {
        progress.println("annals: loading CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime) ...");
      }
      return PipelineFactory.annotator(CoreNlpConfig.timeOnly(profile.profile), SentenceGate.timeOnly());
    }, new TimeTagger());
    TimemlReport report;
    try {
      report = eval.run(dir, progress);
    } catch (BadInputException e) {
      err.println("annals: " + e.getMessage());
      return Cli.BAD_INPUT;
    }
    for (String s : report.skipped()) {
      err.println("annals: skipped " + s);
    }
    if (report.documents() == 0) {
      err.println("annals: " + dir + ": no well-formed TimeML document to score");
      err.flush();
      return Cli.BAD_INPUT;
    }
    out.print(json ? Json.write(jsonShape(report)) + "\n" : table(report));
    if (errors > 0) {
      report.errors().stream().limit(errors).forEach(m -> out.println(describe(m)));
    }
    out.flush();
    err.flush();
    return 0;
  }

  static Map<String, Object> jsonShape(TimemlReport r) {
    Map<String, Object> m = new LinkedHashMap<>(asMap(r.annals().scores()));
    m.put("documents", r.documents());
    m.put("skipped", r.skipped());
    m.put("seconds", Math.round(r.seconds() * 10) / 10.0);
    m.put("counts", r.annals());
    Map<String, Object> base = new LinkedHashMap<>(asMap(r.baseline().scores()));
    base.put("counts", r.baseline());
    m.put("baseline", base);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(TimexScores s) {
    return Json.MAPPER.convertValue(s, Map.class);
  }

  static String table(TimemlReport r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "TimeML TIMEX3 evaluation (TempEval-3 metrics): %d documents, %d skipped, %.1f s%n",
        r.documents(), r.skipped().size(), r.seconds()));
    b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s | %6s %6s %6s | %7s %7s | %5s %5s%n",
        "tagger", "str-P", "str-R", "str-F1", "rel-P", "rel-R", "rel-F1", "valueF1", "typeF1", "gold", "sys"));
    b.append(row("annals", r.annals().scores()));
    b.append(row("sutime-baseline", r.baseline().scores()));
    return b.toString();
  }

  private static String row(String name, TimexScores s) {
    return String.format(Locale.ROOT, "%-16s %6.4f %6.4f %6.4f | %6.4f %6.4f %6.4f | %7.4f %7.4f | %5d %5d%n",
        name, s.strictPrecision(), s.strictRecall(), s.strictF1(), s.relaxedPrecision(), s.relaxedRecall(),
        s.relaxedF1(), s.valueF1(), s.typeF1(), s.counts().gold(), s.counts().system());
  }

  static String describe(TimexMiss m) {
    return String.format("%-8s %s%n    gold:   %s%n    annals: %s%n    in: %s", m.kind(), m.file(),
        timex(m.gold()), timex(m.system()), m.context());
  }

  private static String timex(TimeExpression t) {
    return t == null ? "-" : "\"" + t.text() + "\" " + t.type() + " " + t.value() + " [" + t.start() + "," + t.end() + ")";
  }
}
