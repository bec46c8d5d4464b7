package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.annals.eval.articles.ArticlesReport;
import org.annals.eval.articles.ArticlesReportText;
import org.annals.eval.plover.CorpusTexts;
import org.annals.model.Json;
import picocli.CommandLine.Option;

/**
 * The options of the commands that score events against whole-article gold ({@code eval articles},
 * {@code eval agreement}): the corpus the gold points into and how the report is printed; a picocli
 * mixin so that both read them alike.
 */
final class ArticlesReportOptions {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/wikinews",
      description = "Corpus the gold articles point into: CSV files (url,date,title,text) or TimeML files"
          + " (*.tml, named by their path under DIR, e.g. ../shared/eval/tempeval3-tbaq) (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List the first N misses (gold events not right in every field, spurious events).")
  int errors;

  CorpusTexts texts() {
    return CorpusTexts.read(corpus);
  }

  /** Prints {@code report} as JSON or as text titled {@code title}. */
  void print(PrintWriter out, ArticlesReport report, String title) {
    out.print(json ? Json.write(report) + "\n" : ArticlesReportText.format(report, title, errors));
    out.flush();
  }
}
