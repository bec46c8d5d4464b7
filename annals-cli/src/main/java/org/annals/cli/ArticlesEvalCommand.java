package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.articles.ArticlesEvaluation;
import org.annals.eval.articles.ArticlesGoldReader;
import org.annals.eval.articles.ArticlesReport;
import org.annals.eval.articles.ArticlesReportText;
import org.annals.eval.plover.CorpusTexts;
import org.annals.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval articles GOLD.json}: every event of whole hand-coded articles, field by field. */
@Command(name = "articles",
    description = "Score the coder on whole hand-coded articles (gold/articles/*.json): strict precision"
        + " and recall, per-field accuracy, error classes.")
public final class ArticlesEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;
  @Mixin AnnotationCacheOption cache;

  @Parameters(paramLabel = "GOLD", description = "Article gold, e.g. gold/articles/tune.json")
  Path file;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/wikinews",
      description = "CSV corpus (url,date,title,text) the gold articles point into (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List the first N misses (gold events not right in every field, spurious events).")
  int errors;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ArticlesGoldReader.Result gold = ArticlesGoldReader.read(file);
    gold.problems().forEach(p -> err.println("annals: gold: " + p));
    CorpusTexts texts = CorpusTexts.read(corpus);
    ArticlesReport report = ArticlesEvaluation.run(gold, texts, file.toString(),
        article -> cache.pipeline(profile).code(article), msg -> {
          err.println("annals: eval articles: " + msg);
          err.flush();
        });
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.write(report) + "\n" : ArticlesReportText.format(report, file.toString(), errors));
    out.flush();
    return 0;
  }
}
