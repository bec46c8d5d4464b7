package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.plover.CorpusTexts;
import org.annals.eval.plover.PloverEvaluation;
import org.annals.eval.plover.PloverGoldReader;
import org.annals.eval.plover.PloverReport;
import org.annals.eval.plover.PloverReportText;
import org.annals.model.Json;
import org.annals.nlp.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval plover FILE.json}: event type, mode, actor scores on PLOVER gold records. */
@Command(name = "plover", description = "Score the coder on PLOVER gold standard records (JSON array).")
public final class PloverEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;
  @Mixin AnnotationCacheOption cache;

  @Parameters(paramLabel = "FILE", description = "PLOVER gold records, e.g. ../shared/eval/plover-gsr/dev.json")
  Path file;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/wikinews",
      description = "CSV corpus (url,date,title,text) that gold records given by url and offsets"
          + " point into (default: ${DEFAULT-VALUE}); the project's own gold/sentences/*.json are such.")
  Path corpus;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List the first N misses with sentence, gold and produced coding.")
  int errors;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PloverGoldReader.GoldSet gold = java.nio.file.Files.isDirectory(corpus)
        ? PloverGoldReader.read(file, CorpusTexts.read(corpus)) : PloverGoldReader.read(file);
    gold.problems().forEach(p -> err.println("annals: gold: " + p));
    Pipeline pipeline = cache.pipeline(profile);
    PloverReport report = PloverEvaluation.run(gold, file.toString(), pipeline::code,
        msg -> {
          err.println("annals: eval plover: " + msg);
          err.flush();
        });
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.write(report) + "\n" : PloverReportText.format(report, file.toString(), errors));
    out.flush();
    return 0;
  }
}
