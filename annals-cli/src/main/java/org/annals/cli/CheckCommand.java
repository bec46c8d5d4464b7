package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.store.EventStore;
import org.annals.verify.CheckedClaim;
import org.annals.verify.VerdictText;
import org.annals.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals check FILE --published DATE}: finds the article's checkable claims (counts,
 * firsts, last contacts, durations, office-holders) and checks them against the store's canonical
 * events and the knowledge base's dated roles.
 */
@Command(name = "check", description = "Check an article's claims (counts, firsts, last contacts, "
    + "durations, office-holders) against the stored record and the knowledge base.")
public final class CheckCommand implements Callable<Integer> {
  enum Format { table, json }

  static final String DEFAULT_STORE = "jdbc:duckdb:annals-data/annals.duckdb";

  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;

  @Parameters(index = "0", paramLabel = "FILE", description = "Article text file; - reads stdin.")
  String file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date (claims' windows and relative dates follow it).")
  LocalDate published;

  @Option(names = "--store", paramLabel = "URL", defaultValue = DEFAULT_STORE,
      description = "Store JDBC URL (default " + DEFAULT_STORE + ").")
  String store;

  @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Article article = ArticleFiles.read(file, published, System.in);
    if (published == null) {
      err.println("annals: warning: no --published date; windows such as \"in the past five months\" "
          + "cannot be placed, so most claims will not be checkable");
    }
    CodedArticle coded = profile.pipeline().code(article);
    KnowledgeBase kb = BundledKnowledgeBase.load();
    List<CheckedClaim> checked;
    try (EventStore es = open(store, err)) {
      checked = new Verifier().verifyAll(coded, es, kb);
    }
    if (format == Format.json) {
      out.println(Json.write(java.util.Map.of("claims", checked)));
    } else {
      out.print(VerdictText.render(checked));
    }
    out.flush();
    return 0;
  }

  /** A store that must exist: a missing DuckDB file is bad input (opening it would create an empty one). */
  static EventStore openExisting(String url) {
    String prefix = "jdbc:duckdb:";
    if (url.startsWith(prefix) && !url.substring(prefix.length()).isBlank()
        && !Files.exists(Path.of(url.substring(prefix.length())))) {
      throw new org.annals.model.BadInputException("--store: no store at " + url.substring(prefix.length())
          + " (fill one with annals demo --no-serve or annals ingest)");
    }
    return EventStore.open(url);
  }

  /** The store, or null (with a warning) when an embedded store file does not exist yet. */
  private static EventStore open(String url, PrintWriter err) {
    String prefix = "jdbc:duckdb:";
    if (url.startsWith(prefix) && !url.substring(prefix.length()).isBlank()
        && !Files.exists(Path.of(url.substring(prefix.length())))) {
      err.println("annals: warning: no store at " + url.substring(prefix.length()) + " (fill one with "
          + "annals ingest or annals demo --no-serve --store " + url + "); claims about the record "
          + "are checked against this article only");
      return null;
    }
    return EventStore.open(url);
  }
}
