package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.Warning;
import org.annals.model.budget.Budget;
import org.annals.model.budget.BudgetException;
import org.annals.model.format.ArticleJson;
import org.annals.model.format.EventTsv;
import org.annals.nlp.Pipeline;
import org.annals.nlp.PipelineConfig;
import org.annals.nlp.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code annals code FILE... [--published DATE]}: codes articles into dated events, in one
 * process, each with its own date (sidecar, option, dateline; {@link ArticleFiles}).
 */
@Command(name = "code", description = "Code articles into dated PLOVER/CAMEO events (JSON Lines or TSV).")
public final class CodeCommand implements Callable<Integer> {
  enum Format { json, tsv }

  @Spec CommandSpec spec;
  @Mixin BudgetOptions budget;
  @Mixin ProfileOption profile;
  @Mixin AnnotationCacheOption cache;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article text files; - reads stdin.")
  List<String> files = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date of articles that have no sidecar NAME.meta.json date"
          + " (relative dates resolve against it); without it, each file's dateline.")
  LocalDate published;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or tsv.")
  Format format;

  @Option(names = "--explain", description = "Print why each event was coded (human-readable).")
  boolean explain;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "A user event lexicon that adds to or overrides the bundled one (docs/LEXICON.md).")
  java.nio.file.Path lexicon;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    int failed = 0;
    for (String f : files) {
      try {
        articles.add(ArticleFiles.read(f, published, System.in));
      } catch (BadInputException e) {
        err.println("annals: " + e.getMessage());
        failed++;
      }
    }
    if (articles.isEmpty()) {
      return Cli.BAD_INPUT;
    }
    for (Article a : articles) {
      if (a.published() == null) {
        err.println("annals: warning: " + a.file() + ": no date (no --published, sidecar NAME.meta.json"
            + " or dateline); relative dates cannot be resolved (basis: unknown)");
      }
    }
    Pipeline pipeline = PipelineFactory.shared(cache.apply(lexicon == null ? profile.config()
        : new PipelineConfig(profile.config().corenlp(), lexicon, true)));
    if (format == Format.tsv && !explain) {
      out.println(EventTsv.header());
    }
    Budget limits = budget.budget();
    for (Article a : articles) {
      failed += print(pipeline, limits, a, out, err) ? 0 : 1;
    }
    return failed == 0 ? 0 : Cli.BAD_INPUT;
  }

  /** Codes one article within the budget and prints it; false when it could not be coded. */
  private boolean print(Pipeline pipeline, Budget limits, Article a, PrintWriter out, PrintWriter err) {
    CodedArticle coded;
    try {
      coded = limits.code(pipeline::code, a);
    } catch (BudgetException e) {
      err.println("annals: " + a.file() + ": skipped: " + e.getMessage());
      return false;
    }
    if (coded.sentenceCount() == 0) {
      err.println("annals: " + a.file() + ": no sentences found");
      return false;
    }
    for (Warning w : coded.warnings()) {
      err.println("annals: warning: " + a.file() + ": " + w.message());
    }
    if (explain) {
      out.print(Explanation.of(coded));
    } else if (format == Format.tsv) {
      EventTsv.rows(coded).forEach(out::println);
    } else {
      out.println(ArticleJson.toJson(coded).toString());
    }
    out.flush();
    return true;
  }
}
