package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.ingest.Recoder;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.model.BadInputException;
import org.annals.nlp.Pipeline;
import org.annals.store.EventStore;
import org.annals.store.RecodeFilter;
import org.annals.verify.ClaimLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annals recode}: re-codes the stored articles whose coding came from another annotator,
 * lexicon or knowledge base version than the current pipeline's, replacing their mentions,
 * canonical events and claim verdicts (docs/INGEST.md, Re-coding).
 */
@Command(name = "recode", description = "Re-code stored articles coded by another annotator, lexicon or"
    + " knowledge base version than the current pipeline's.")
public final class RecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;
  @Mixin StoreOption store;

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Only articles with published>=DATE, published<=DATE, published=DATE, outlet=NAME or"
          + " id=ID (repeatable; all must hold).")
  List<String> where = new ArrayList<>();

  @Option(names = "--all", description = "Re-code the selected articles even when their provenance is current.")
  boolean all;

  @Option(names = "--dry-run", description = "Only count (and list up to 20 of) the articles to re-code.")
  boolean dryRun;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
      description = "Articles replaced in one transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: number of cores).")
  Integer threads;

  @Option(names = "--ingest-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Day that dates articles with no publication date (default: the day each was stored).")
  LocalDate ingestDate;

  @Override
  public Integer call() {
    RecodeFilter filter = RecodeFilter.parse(where, all);
    requireExistingStore(store.url());
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore s = store.open()) {
      Pipeline pipeline = profile.pipeline();
      Recoder recoder = new Recoder(s, pipeline::code, pipeline.provenance(),
          new ClaimLedger(BundledKnowledgeBase.load()), batchSize,
          threads == null ? Runtime.getRuntime().availableProcessors() : threads, System.err)
          .withIngestDate(ingestDate);
      if (dryRun) {
        List<String> ids = recoder.candidates(filter);
        out.println(ids.size() + " articles to re-code");
        ids.stream().limit(20).forEach(out::println);
      } else {
        out.print(recoder.run(filter).format());
      }
    }
    out.flush();
    return 0;
  }

  /** A DuckDB store must exist: re-coding an empty new file is a mistyped path, not a no-op. */
  static void requireExistingStore(String url) {
    if (url.startsWith("jdbc:duckdb:")) {
      String file = url.substring("jdbc:duckdb:".length()).split("\\?", 2)[0];
      if (file.isBlank() || file.startsWith(":memory:") || !Files.isRegularFile(Path.of(file))) {
        throw new BadInputException("--store: no store at '" + file + "' (" + url + ")");
      }
    }
  }
}
