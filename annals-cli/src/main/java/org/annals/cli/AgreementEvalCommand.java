package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.articles.Agreement;
import org.annals.eval.articles.ArticlesGoldReader;
import org.annals.eval.articles.ArticlesReport;
import org.annals.eval.articles.ArticlesReportText;
import org.annals.eval.plover.CorpusTexts;
import org.annals.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval agreement FIRST.json SECOND.json}: how far two hand codings agree. */
@Command(name = "agreement",
    description = "Score a second hand coding of gold articles against the first, as eval articles"
        + " scores the coder: the agreement between two coders, the ceiling for any coder.")
public final class AgreementEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FIRST", description = "Article gold, e.g. gold/articles/tune.json")
  Path first;

  @Parameters(index = "1", paramLabel = "SECOND",
      description = "Another coder's coding of some of the same articles (same format)")
  Path second;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/wikinews",
      description = "CSV corpus (url,date,title,text) the gold articles point into (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List the first N disagreements.")
  int errors;

  @Override
  public Integer call() {
    ArticlesGoldReader.Result a = ArticlesGoldReader.read(first);
    ArticlesGoldReader.Result b = ArticlesGoldReader.read(second);
    ArticlesReport report = Agreement.run(a, b, CorpusTexts.read(corpus), first.toString(),
        second.toString());
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.write(report) + "\n"
        : ArticlesReportText.format(report, first + " (second coding: " + second + ")", errors));
    out.flush();
    return 0;
  }
}
