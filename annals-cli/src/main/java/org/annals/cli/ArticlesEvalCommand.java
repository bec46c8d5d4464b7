package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.articles.ArticlesEvaluation;
import org.annals.eval.articles.ArticlesGoldReader;
import org.annals.eval.articles.ArticlesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
  @Mixin ArticlesReportOptions report;

  @Parameters(paramLabel = "GOLD", description = "Article gold, e.g. gold/articles/tune.json")
  Path file;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ArticlesGoldReader.Result gold = ArticlesGoldReader.read(file);
    gold.problems().forEach(p -> err.println("annals: gold: " + p));
    ArticlesReport r = ArticlesEvaluation.run(gold, report.texts(), file.toString(),
        article -> cache.pipeline(profile).code(article), msg -> {
          err.println("annals: eval articles: " + msg);
          err.flush();
        });
    report.print(spec.commandLine().getOut(), r, file.toString());
    return 0;
  }
}
