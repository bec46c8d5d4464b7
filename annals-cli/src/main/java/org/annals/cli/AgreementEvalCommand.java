package org.annals.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.eval.articles.Agreement;
import org.annals.eval.articles.ArticlesGoldReader;
import org.annals.eval.articles.ArticlesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval agreement FIRST.json SECOND.json}: how far two hand codings agree. */
@Command(name = "agreement",
    description = "Score a second hand coding of gold articles against the first, as eval articles"
        + " scores the coder: the agreement between two coders, the ceiling for any coder.")
public final class AgreementEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArticlesReportOptions report;

  @Parameters(index = "0", paramLabel = "FIRST", description = "Article gold, e.g. gold/articles/tune.json")
  Path first;

  @Parameters(index = "1", paramLabel = "SECOND",
      description = "Another coder's coding of some of the same articles (same format)")
  Path second;

  @Override
  public Integer call() {
    ArticlesReport r = Agreement.run(ArticlesGoldReader.read(first), ArticlesGoldReader.read(second),
        report.texts(), first.toString(), second.toString());
    report.print(spec.commandLine().getOut(), r, first + " (second coding: " + second + ")");
    return 0;
  }
}
