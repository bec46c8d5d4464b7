package org.annals.flink;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annals.ingest.FieldMap;
import org.annals.ingest.ReadOptions;
import org.annals.model.BadInputException;
import org.annals.model.budget.Budget;
import org.annals.nlp.Profile;

/**
 * Everything the Flink job needs, validated here and only here (errors name the option or the
 * argument). Immutable and serializable (it travels with the job to the TaskManagers).
 *
 * @param sources files and directories (read recursively) on a file system every TaskManager sees;
 *     empty when the articles come from Kafka
 * @param kafkaBrokers Kafka bootstrap servers ({@code HOST:PORT,...}), or null (files)
 * @param kafkaTopic the topic of JSON articles when {@code kafkaBrokers} is given
 * @param storeUrl JDBC URL of the store sink, or null when {@code parquetDir} is given
 * @param parquetDir directory of the Parquet sink ({@code articles/}, {@code mentions/},
 *     {@code skips/}), or null when {@code storeUrl} is given
 * @param parallelism slots that read and code (the store sink has one writer)
 * @param published publication date for inputs without one, or null
 * @param fields JSON/CSV field names as {@code ATTR=NAME} (as {@code annals ingest --field})
 * @param ingestDate the day that dates articles without any date (as {@code annals ingest})
 * @param maxChars budget: characters per article
 * @param maxSentenceChars budget: characters per sentence
 * @param maxTokens budget: tokens per article
 * @param maxSeconds budget: seconds of coding per article
 * @param checkpointMillis checkpoint interval
 * @param batchSize articles per store transaction (also written at every checkpoint)
 * @param restarts restarts after a task failure before the job fails
 * @param failAfter test hook: the first attempt of each coding task fails after this many
 *     records (0: never)
 * @param profile the annotation profile of the coder ({@code --profile accurate|fast}, as for
 *     {@code annals ingest}; recorded in each coded article's provenance)
 */
public record FlinkJobConfig(
    List<String> sources,
    String kafkaBrokers,
    String kafkaTopic,
    String storeUrl,
    String parquetDir,
    int parallelism,
    LocalDate published,
    List<String> fields,
    LocalDate ingestDate,
    int maxChars,
    int maxSentenceChars,
    int maxTokens,
    long maxSeconds,
    long checkpointMillis,
    int batchSize,
    int restarts,
    int failAfter,
    Profile profile) implements Serializable {

  private static final long serialVersionUID = 1L;

  public FlinkJobConfig {
    Objects.requireNonNull(sources, "sources");
    sources = List.copyOf(sources);
    fields = List.copyOf(fields);
    checkInput(sources, kafkaBrokers, kafkaTopic);
    if ((storeUrl == null) == (parquetDir == null)) {
      throw new BadInputException("give exactly one sink: --store URL or --parquet DIR");
    }
    if (storeUrl != null && !storeUrl.startsWith("jdbc:")) {
      throw new BadInputException("--store: '" + storeUrl + "' is not a JDBC URL (e.g. "
          + "jdbc:postgresql://HOST:5432/DB?user=NAME)");
    }
    if (parquetDir != null) {
      checkParquetDir(parquetDir);
    }
    range("--parallelism", parallelism, 1, 256);
    range("--batch", batchSize, 1, 100_000);
    range("restarts", restarts, 0, 1000);
    if (checkpointMillis < 100) {
      throw new BadInputException("--checkpoint-seconds: the interval must be at least 0.1 s");
    }
    Objects.requireNonNull(ingestDate, "ingestDate");
    if (profile == null) {
      throw new BadInputException("--profile: give accurate or fast");
    }
    FieldMap.parse(fields); // validates
    new Budget(maxChars, maxSentenceChars, maxTokens, Duration.ofSeconds(Math.max(1, maxSeconds))); // validates
  }

  private static void checkInput(List<String> sources, String brokers, String topic) {
    if (brokers == null) {
      if (sources.isEmpty()) {
        throw new BadInputException("SOURCE: give at least one file or directory (or --kafka-brokers)");
      }
      sources.forEach(FlinkJobConfig::checkSource);
      return;
    }
    if (!sources.isEmpty()) {
      throw new BadInputException("give SOURCE files or --kafka-brokers, not both");
    }
    if (!brokers.matches("[^,\\s/]+:\\d+(,[^,\\s/]+:\\d+)*")) {
      throw new BadInputException("--kafka-brokers: '" + brokers + "' is not HOST:PORT[,HOST:PORT...]");
    }
    if (topic == null || topic.isBlank()) {
      throw new BadInputException("--kafka-topic: give the topic of JSON articles to read");
    }
  }

  private static void checkSource(String s) {
    if (s == null || s.isBlank() || "-".equals(s) || s.matches("(?i)https?://.*")) {
      throw new BadInputException("SOURCE '" + s + "': the Flink job reads files and directories"
          + " (for stdin or feeds use annals ingest)");
    }
    try {
      if (!Files.exists(Path.of(s))) {
        throw new BadInputException("SOURCE '" + s + "': no such file or directory");
      }
    } catch (InvalidPathException e) {
      throw new BadInputException("SOURCE '" + s + "': not a valid path (" + e.getMessage() + ")");
    }
  }

  private static void checkParquetDir(String dir) {
    try {
      Path p = Path.of(dir);
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new BadInputException("--parquet '" + dir + "': exists and is not a directory");
      }
    } catch (InvalidPathException e) {
      throw new BadInputException("--parquet '" + dir + "': not a valid path (" + e.getMessage() + ")");
    }
  }

  private static void range(String name, long v, long min, long max) {
    if (v < min || v > max) {
      throw new BadInputException(name + ": " + v + " is not between " + min + " and " + max);
    }
  }

  /** A configuration with the defaults of {@code annals flink}: budget as ingest, 10 s checkpoints. */
  public static FlinkJobConfig of(List<String> sources, String storeUrl, String parquetDir, int parallelism,
      LocalDate ingestDate) {
    Budget b = Budget.defaults();
    return new FlinkJobConfig(sources, null, null, storeUrl, parquetDir, parallelism, null, List.of(), ingestDate,
        b.maxChars(), b.maxSentenceChars(), b.maxTokens(), b.maxTime().toSeconds(), 10_000, 100, 3, 0,
        Profile.ACCURATE);
  }

  public FlinkJobConfig withCheckpointMillis(long ms) {
    return new FlinkJobConfig(sources, kafkaBrokers, kafkaTopic, storeUrl, parquetDir, parallelism, published, fields,
        ingestDate, maxChars,
        maxSentenceChars, maxTokens, maxSeconds, ms, batchSize, restarts, failAfter, profile);
  }

  public FlinkJobConfig withFailAfter(int records) {
    return new FlinkJobConfig(sources, kafkaBrokers, kafkaTopic, storeUrl, parquetDir, parallelism, published, fields,
        ingestDate, maxChars,
        maxSentenceChars, maxTokens, maxSeconds, checkpointMillis, batchSize, restarts, records, profile);
  }

  public FlinkJobConfig withProfile(Profile p) {
    return new FlinkJobConfig(sources, kafkaBrokers, kafkaTopic, storeUrl, parquetDir, parallelism, published, fields,
        ingestDate, maxChars,
        maxSentenceChars, maxTokens, maxSeconds, checkpointMillis, batchSize, restarts, failAfter, p);
  }

  /** The per-article budget. */
  public Budget budget() {
    return new Budget(maxChars, maxSentenceChars, maxTokens, Duration.ofSeconds(maxSeconds));
  }

  /** What the readers need. */
  public ReadOptions readOptions() {
    return new ReadOptions(published, FieldMap.parse(fields), false, Duration.ofSeconds(20));
  }
}
