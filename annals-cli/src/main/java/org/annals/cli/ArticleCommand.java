package org.annals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.annals.model.BadInputException;
import org.annals.model.Json;
import org.annals.store.EventStore;
import org.annals.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals article ID}: one stored article with its events, warnings and claims (JSON). */
@Command(name = "article", description = "Show a stored article: text, metadata, events with"
    + " spans and canonical ids, warnings, claims (JSON).")
public final class ArticleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "Article id (a + 16 hex digits).")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore s = store.open()) {
      StoredArticle a = s.article(id).orElseThrow(
          () -> new BadInputException("no article '" + id + "' in the store " + store.url()));
      out.println(Json.write(a));
    }
    out.flush();
    return 0;
  }
}
