package org.annals.flink;

import java.nio.file.Path;
import java.time.Duration;
import org.annals.model.AnnalsException;
import org.annals.store.EventStore;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;

/**
 * The Annals pipeline as a Flink job: {@link ArticleFileSource} (the project's readers, one split
 * per source argument) or {@link KafkaArticles} (a topic of JSON articles) → key by the content-derived article id → {@link CodeFunction} (the
 * {@code PipelineFactory} stages, each article once) → {@link StoreSink} (batched, idempotent
 * writes to an event store) or Parquet ({@code articles/}, {@code mentions/}, {@code skips/}).
 * Checkpoints are on (unaligned: coding one article takes about a second, so barriers overtake
 * queued articles); a failed task restarts from the last checkpoint.
 */
public final class AnnalsFlinkJob {
  /** How long the brokers may take to answer before the job starts. */
  static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);

  private AnnalsFlinkJob() {}

  /**
   * Checks that the sink can be written (opens and migrates the store, so a wrong URL fails here
   * with its message and before any work), then adds the job to {@code env}.
   */
  public static void build(StreamExecutionEnvironment env, FlinkJobConfig config, CoderFactory coder) {
    if (config.kafkaBrokers() != null) {
      KafkaArticles.check(config.kafkaBrokers(), config.kafkaTopic(), KAFKA_TIMEOUT);
    }
    if (config.storeUrl() != null) {
      EventStore.open(config.storeUrl()).close();
    }
    env.setParallelism(config.parallelism());
    env.enableCheckpointing(config.checkpointMillis(), CheckpointingMode.EXACTLY_ONCE);
    env.getCheckpointConfig().enableUnalignedCheckpoints();
    env.getCheckpointConfig().setMinPauseBetweenCheckpoints(Math.min(config.checkpointMillis() / 2, 1000));
    DataStream<Tuple2<String, String>> items = config.kafkaBrokers() != null
        ? env.fromSource(KafkaArticles.source(config), WatermarkStrategy.noWatermarks(), "annals-kafka")
            .uid("annals-kafka")
        : env.fromSource(new ArticleFileSource(config), WatermarkStrategy.noWatermarks(), "annals-sources")
            .uid("annals-sources");
    DataStream<Tuple2<String, String>> outcomes = items
        .keyBy(t -> t.f0, org.apache.flink.api.common.typeinfo.Types.STRING)
        .process(new CodeFunction(config, coder), ArticleFileSource.TYPE).name("annals-code").uid("annals-code");
    if (config.storeUrl() != null) {
      outcomes.sinkTo(new StoreSink(config.storeUrl(), config.batchSize())).setParallelism(1)
          .name("annals-store").uid("annals-store");
    } else {
      for (ParquetTable t : ParquetTable.values()) {
        outcomes.sinkTo(parquet(config.parquetDir(), t)).name("annals-parquet-" + t.folder())
            .uid("annals-parquet-" + t.folder());
      }
    }
  }

  private static FileSink<Tuple2<String, String>> parquet(String dir, ParquetTable table) {
    Path folder = Path.of(dir).toAbsolutePath().resolve(table.folder());
    return FileSink.forBulkFormat(new org.apache.flink.core.fs.Path(folder.toUri()), ParquetPartWriter.factory(table))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".parquet").build())
        .build();
  }

  /** The configuration of a local run: restarts from checkpoints, a fixed delay between them. */
  public static Configuration localConfiguration(FlinkJobConfig config) {
    Configuration c = new Configuration();
    c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, config.restarts());
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    return c;
  }

  /**
   * Runs the job on an embedded MiniCluster with {@code config.parallelism()} slots and waits for
   * it.
   *
   * @throws AnnalsException when the job fails (after its restarts)
   */
  public static JobExecutionResult runLocal(FlinkJobConfig config, CoderFactory coder) {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config.parallelism(),
        localConfiguration(config));
    build(env, config, coder);
    try {
      return env.execute("annals");
    } catch (Exception e) {
      throw new AnnalsException("the Flink job failed: " + rootMessage(e), e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : t + " (" + e.getMessage() + ")";
  }
}
