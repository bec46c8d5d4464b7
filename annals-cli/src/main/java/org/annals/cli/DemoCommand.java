package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.ingest.IngestConfig;
import org.annals.ingest.IngestRunner;
import org.annals.ingest.LanguageFilter;
import org.annals.ingest.SourceFactory;
import org.annals.ingest.StoreSink;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.nlp.PipelineFactory;
import org.annals.store.EventStore;
import org.annals.store.IngestStats;
import org.annals.verify.ClaimLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annals demo}: codes the bundled demo corpus into a fresh store and serves it. */
@Command(name = "demo", description = "Code the bundled demo corpus into a fresh store and serve it.")
public final class DemoCommand implements Callable<Integer> {
  static final Path DEFAULT_FILE = Path.of("annals-data", "demo.duckdb");

  @Spec CommandSpec spec;

  @Option(names = "--store", paramLabel = "URL",
      description = "Store JDBC URL to fill (default: a fresh annals-data/demo.duckdb, recreated each run).")
  String store;

  @Option(names = "--no-serve", description = "Build the store and exit.")
  boolean noServe;

  @Mixin ServeOptions serve;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String url = store != null ? store : fresh(DEFAULT_FILE);
    EventStore es = EventStore.open(url);
    try {
      fill(es, out);
    } catch (RuntimeException e) {
      es.close();
      throw e;
    }
    if (noServe) {
      es.close();
      return 0;
    }
    serve.serve(es, url, out);
    return 0;
  }

  /**
   * Codes every demo article with the ingest runner (one worker per core) and stores it; prints a
   * summary. The corpus is handed to the runner as a temporary JSON Lines file.
   */
  static IngestStats fill(EventStore es, PrintWriter out) {
    List<Article> articles = DemoCorpus.load();
    out.println("annals: coding " + articles.size() + " demo articles (loading the language models takes a while)...");
    out.flush();
    Path jsonl = DemoCorpus.writeJsonLines(articles);
    try {
      IngestConfig config = IngestConfig.of(List.of(jsonl.toString())).withProgress(IngestConfig.ProgressMode.OFF);
      new IngestRunner(config, new SourceFactory(config.readOptions()), () -> PipelineFactory.shared()::code,
          new StoreSink(es, new ClaimLedger(BundledKnowledgeBase.load())), new LanguageFilter(), System.err).run();
    } finally {
      try {
        Files.deleteIfExists(jsonl);
      } catch (IOException e) {
        // a temporary file left behind is harmless
      }
    }
    IngestStats s = es.stats();
    out.println("annals: demo store has " + s.articles() + " articles, " + s.events() + " event mentions, "
        + s.canonicalEvents() + " canonical events");
    out.flush();
    return s;
  }

  private static String fresh(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    } catch (IOException e) {
      throw new AnnalsException("cannot recreate " + file + ": " + e.getMessage(), e);
    }
    return "jdbc:duckdb:" + file;
  }
}
