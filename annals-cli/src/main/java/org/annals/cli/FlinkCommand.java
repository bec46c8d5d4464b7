package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.flink.AnnalsFlinkJob;
import org.annals.flink.CoderFactory;
import org.annals.flink.FlinkJobConfig;
import org.annals.flink.JobCounts;
import org.annals.model.BadInputException;
import org.annals.model.budget.Budget;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code annals flink --local SOURCE... (--store URL | --parquet DIR)}: the pipeline as an Apache
 * Flink job, on an embedded MiniCluster ({@code --local}) or, inside {@code flink run} of the job
 * jar, on the cluster that runs it (docs/SCALE.md).
 */
@Command(name = "flink", description = "Code articles with the pipeline as an Apache Flink job (docs/SCALE.md).")
public final class FlinkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BudgetOptions budget;
  @Mixin ProfileOption profile;

  @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Files and directories (recursive).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--kafka-brokers", paramLabel = "HOST:PORT[,...]",
      description = "Read a Kafka topic of JSON articles (earliest to latest offset) instead of files.")
  String kafkaBrokers;

  @Option(names = "--kafka-topic", paramLabel = "TOPIC", description = "The topic for --kafka-brokers.")
  String kafkaTopic;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Sink sink;

  /** Exactly one sink. */
  static final class Sink {
    @Option(names = "--store", paramLabel = "URL", required = true,
        description = "Event store to write (jdbc:postgresql://HOST:PORT/DB?user=NAME; any store with --local).")
    String store;

    @Option(names = "--parquet", paramLabel = "DIR", required = true,
        description = "Write Parquet (articles/, mentions/, skips/) to DIR; bring it into a store with annals load.")
    String parquet;
  }

  @Option(names = "--local", description = "Run on an embedded Flink MiniCluster in this process.")
  boolean local;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1",
      description = "Slots that read and code (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date for articles that carry none.")
  LocalDate published;

  @Option(names = "--ingest-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Day that dates articles with no publication date at all (default: today, UTC).")
  LocalDate ingestDate;

  @Option(names = "--field", paramLabel = "ATTR=NAME", description = "JSON/CSV field for an attribute, as for ingest.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "10",
      description = "Checkpoint interval (default: ${DEFAULT-VALUE}).")
  long checkpointSeconds;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
      description = "Articles per store transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--restarts", paramLabel = "N", defaultValue = "3",
      description = "Restarts from the last checkpoint after a failure (default: ${DEFAULT-VALUE}).")
  int restarts;

  @Override
  public Integer call() throws Exception {
    FlinkJobConfig config = config();
    if (local) { // the MiniCluster's own warnings (metrics, tokens, checkpoints of finished tasks) are noise here
      for (String logger : new String[] {"org.apache.flink", "org.apache.pekko", "org.apache.kafka"}) {
        System.setProperty("org.slf4j.simpleLogger.log." + logger, "error");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    JobCounts counts;
    if (local) {
      counts = JobCounts.of(AnnalsFlinkJob.runLocal(config, CoderFactory.SHARED));
    } else {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      if (env instanceof LocalStreamEnvironment) {
        throw new BadInputException("give --local to run on an embedded MiniCluster, or submit the job jar with"
            + " flink run (docs/SCALE.md)");
      }
      AnnalsFlinkJob.build(env, config, CoderFactory.SHARED);
      counts = JobCounts.of(env.execute("annals"));
    }
    out.print(counts.format((System.nanoTime() - t0) / 1e9, sink.store != null ? "store " + sink.store
        : "parquet " + sink.parquet));
    out.flush();
    return 0;
  }

  private FlinkJobConfig config() {
    Budget b = budget.budget();
    return new FlinkJobConfig(sources, kafkaBrokers, kafkaTopic, sink.store, sink.parquet, parallelism, published,
        fields, ingestDate == null ? LocalDate.now(ZoneOffset.UTC) : ingestDate, b.maxChars(), b.maxSentenceChars(),
        b.maxTokens(), b.maxTime().toSeconds(), checkpointSeconds * 1000, batch, restarts, 0, profile.profile);
  }
}
