package org.annals.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.ingest.FieldMap;
import org.annals.ingest.IngestConfig;
import org.annals.ingest.IngestRunner;
import org.annals.ingest.IngestSink;
import org.annals.ingest.IngestSummary;
import org.annals.ingest.LanguageFilter;
import org.annals.ingest.SourceFactory;
import org.annals.ingest.StoreSink;
import org.annals.model.Json;
import org.annals.store.EventStore;
import org.annals.verify.ClaimLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals ingest SOURCE...}: reads articles from files, directories, feeds and stdin, codes
 * them in parallel and stores them. CoreNLP is loaded only when the first new article needs
 * coding, so re-ingesting a stored corpus is quick.
 */
@Command(name = "ingest", description = "Ingest articles (text, HTML, JSON/JSONL, CSV, RSS/Atom, WARC,"
    + " directories, - for stdin) into the event store.")
public final class IngestCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;
  @Mixin StoreOption store;
  @Mixin BudgetOptions budget;

  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "Files, directories (recursive), http(s) feed URLs, or - for stdin.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date for articles that carry none.")
  LocalDate published;

  @Option(names = "--ingest-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Day that dates articles with no publication date at all (basis: ingested); default: "
          + "today (UTC). Fix it to make a store reproducible.")
  LocalDate ingestDate;

  @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: number of cores).")
  Integer threads;

  @Option(names = "--field", paramLabel = "ATTR=NAME",
      description = "JSON/CSV field for an attribute (text, published, url, title, outlet, id, language),"
          + " e.g. --field text=body --field published=date.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--fetch-links", description = "Fetch the pages that feed entries link to.")
  boolean fetchLinks;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Time-out for feed and page requests (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--progress", defaultValue = "auto",
      description = "auto (a bar on a terminal, lines otherwise), bar, lines or off.")
  String progress;

  @Option(names = "--format", defaultValue = "text", description = "Summary format: text (default) or json.")
  Format format;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + IngestConfig.DEFAULT_BATCH_SIZE,
      description = "Coded articles stored in one transaction, at most (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--batch-ms", paramLabel = "MS", defaultValue = "1000",
      description = "Store a batch once its first article has waited this long, even if it is not full"
          + " (default: ${DEFAULT-VALUE}).")
  long batchMs;

  @Option(names = "--timings", description = "End with where the time went: model loading, articles/s after it,"
      + " CPU time per article, milliseconds per article by annotation phase and stage, store and claim checks.")
  boolean timings;

  @Override
  public Integer call() {
    IngestConfig config = config();
    requireSources(config.sources());
    PrintWriter out = spec.commandLine().getOut();
    IngestSummary summary;
    IngestTimings timed = new IngestTimings();
    try (EventStore s = store.open()) {
      IngestSink sink = new StoreSink(s, new ClaimLedger(BundledKnowledgeBase.load()));
      IngestRunner runner = timings
          ? new IngestRunner(config, new SourceFactory(config.readOptions()), timed.coder(profile::pipeline),
              timed.sink(sink), new LanguageFilter(), System.err)
          : new IngestRunner(config, new SourceFactory(config.readOptions()), () -> profile.pipeline()::code, sink,
              new LanguageFilter(), System.err);
      summary = runner.run();
    }
    Map<String, Object> figures = timings ? timed.figures(summary, config.threads()) : null;
    if (format == Format.json) {
      Map<String, Object> m = json(summary);
      if (figures != null) {
        m.put("timings", figures);
      }
      out.print(Json.write(m) + System.lineSeparator());
    } else {
      out.print(summary.format() + (figures == null ? "" : IngestTimings.format(figures)));
    }
    out.flush();
    return summary.read() == 0 && summary.skippedTotal() > 0 ? Cli.BAD_INPUT : 0;
  }

  /**
   * Every source that names a local path must exist, checked before the store is opened: a
   * mistyped path is bad input that leaves no trace in the store (not a dead letter).
   */
  static void requireSources(List<String> sources) {
    for (String src : sources) {
      if (src.equals("-") || src.matches("(?i)https?://.*")) {
        continue;
      }
      boolean exists;
      try {
        exists = java.nio.file.Files.exists(java.nio.file.Path.of(src));
      } catch (java.nio.file.InvalidPathException e) {
        exists = false;
      }
      if (!exists) {
        throw new org.annals.model.BadInputException("source '" + src + "': no such file or directory");
      }
    }
  }

  private IngestConfig config() {
    IngestConfig defaults = IngestConfig.of(sources);
    int n = threads == null ? defaults.threads() : threads;
    IngestConfig.ProgressMode mode;
    try {
      mode = IngestConfig.ProgressMode.valueOf(progress.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new org.annals.model.BadInputException("--progress: '" + progress + "' is not auto, bar, lines or off");
    }
    return new IngestConfig(sources, store.url(), published, n, FieldMap.parse(fields), fetchLinks,
        Duration.ofSeconds(timeoutSeconds), Math.max(4, 4 * n), mode,
        ingestDate == null ? defaults.ingestDate() : ingestDate, budget.budget(), batchSize,
        Duration.ofMillis(batchMs));
  }

  static Map<String, Object> json(IngestSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read", s.read());
    m.put("stored", s.stored());
    m.put("duplicates", s.duplicates());
    m.put("nearDuplicates", s.nearDuplicates());
    m.put("skipped", new TreeMap<>(s.skipped()));
    m.put("sentences", s.sentences());
    m.put("events", s.events());
    m.put("newCanonicalEvents", s.newCanonicalEvents());
    m.put("canonicalEvents", s.canonicalEvents());
    m.put("elapsedSeconds", s.elapsed().toMillis() / 1000.0);
    return m;
  }
}
