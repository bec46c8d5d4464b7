package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.article.ArticleEvaluation;
import org.annals.eval.article.ArticleGoldReader;
import org.annals.eval.article.ArticleReport;
import org.annals.eval.article.ArticleReportText;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.model.Json;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval article GOLD.json}: must/should/forbidden events and claims of one article. */
@Command(name = "article", description = "Score the coder on one article's reference coding.")
public final class ArticleEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;
  @Mixin AnnotationCacheOption cache;

  @Parameters(paramLabel = "GOLD", description = "Reference coding, e.g. ../shared/seed/putin-trump-call.expected.json")
  Path gold;

  @Option(names = "--text", paramLabel = "FILE",
      description = "The article text (default: the gold's \"article\" field, next to the gold file).")
  Path text;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--store", paramLabel = "URL",
      description = "Store to check the claims' verdicts against (e.g. jdbc:duckdb:annals-data/demo.duckdb);"
          + " without it verdicts are not scored.")
  String store;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ArticleGoldReader.Result result = ArticleGoldReader.read(gold);
    result.problems().forEach(p -> err.println("annals: gold: " + p));
    Path textFile = ArticleEvaluation.textPath(gold, result.gold(), text);
    String body = ArticleEvaluation.readText(textFile);
    ArticleReport report;
    if (store == null) {
      report = ArticleEvaluation.run(result, body, cache.pipeline(profile)::code, null, null);
    } else {
      try (EventStore es = CheckCommand.openExisting(store)) {
        report = ArticleEvaluation.run(result, body, cache.pipeline(profile)::code, es,
            BundledKnowledgeBase.load());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.write(report) + "\n"
        : ArticleReportText.format(report, gold.toString(), textFile.toString()));
    out.flush();
    return 0;
  }
}
