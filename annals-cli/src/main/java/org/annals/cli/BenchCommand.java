package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.eval.bench.BenchConfig;
import org.annals.eval.bench.BenchReport;
import org.annals.eval.bench.BenchReportText;
import org.annals.eval.bench.BenchRunner;
import org.annals.eval.bench.CorpusReader;
import org.annals.eval.bench.PipelineWorkload;
import org.annals.eval.bench.Workload;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.Json;
import org.annals.nlp.Pipeline;
import org.annals.nlp.corenlp.CoreNlpAnnotator;
import org.annals.nlp.corenlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals bench}: end-to-end throughput of Annals on a CSV corpus against plain CoreNLP
 * annotation (tokenize, ssplit, pos, lemma, ner, depparse) on the same texts.
 */
@Command(name = "bench", description = "Throughput of Annals against plain CoreNLP annotation on a CSV corpus.")
public final class BenchCommand implements Callable<Integer> {
  static final Path DEFAULT_CORPUS = Path.of("../shared/corpora/wikinews");

  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;

  @Parameters(arity = "0..*", paramLabel = "CORPUS",
      description = "CSV files (url,date,title,text); default ../shared/corpora/wikinews/*.csv")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1",
      description = "Worker threads over one shared pipeline; a list (1,2) runs each in turn.")
  List<Integer> threads;

  @Option(names = "--repeat", defaultValue = "3", description = "Measured passes (default 3).")
  int repeat;

  @Option(names = "--warmup", defaultValue = "10", description = "Warm-up articles, not measured (default 10).")
  int warmup;

  @Option(names = "--limit", defaultValue = "0", description = "Use only the first N articles (default all).")
  int limit;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    BenchConfig config = new BenchConfig(corpusFiles(), threads, repeat, warmup, limit);
    List<Article> articles = CorpusReader.read(config.corpus(), config.limit());
    err.println("annals: bench: " + articles.size() + " articles; loading models...");
    err.flush();
    Pipeline pipeline = profile.pipeline();
    // store hook: pass the event store's write method here once a store exists
    Workload annals = PipelineWorkload.annals(pipeline, null);
    // same properties as the pipeline's annotator, so CoreNLP's annotator pool shares the models
    CoreNlpAnnotator baselineAnnotator = new CoreNlpAnnotator(CoreNlpConfig.defaults());
    Workload baseline = PipelineWorkload.annotationOnly(baselineAnnotator);
    BenchReport report = new BenchRunner(annals, baseline, msg -> {
      err.println("annals: " + msg);
      err.flush();
    }).run(articles, config);
    pipeline.annotator().counts().forEach((level, n) -> err.println("annals: bench: last pass: " + n
        + " sentences at gate level " + level));
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      out.println("Profile: " + profile.profile.label() + " (annals: " + pipeline.annotator().describe()
          + "; baseline: " + baselineAnnotator.describe() + ")");
    }
    out.print(json ? Json.write(report) + "\n" : BenchReportText.format(report));
    out.flush();
    return 0;
  }

  private List<Path> corpusFiles() {
    if (!corpus.isEmpty()) {
      return corpus;
    }
    if (!Files.isDirectory(DEFAULT_CORPUS)) {
      throw new BadInputException("bench: no corpus given and " + DEFAULT_CORPUS.toAbsolutePath().normalize()
          + " does not exist; give CSV files (url,date,title,text)");
    }
    try (Stream<Path> files = Files.list(DEFAULT_CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException("bench: cannot list " + DEFAULT_CORPUS + ": " + e.getMessage(), e);
    }
  }
}
