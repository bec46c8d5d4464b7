package org.annals.flink;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.annals.ingest.SourceFactory;
import org.annals.ingest.SourceItem;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A Kafka topic of JSON articles (one article per record, the fields as for JSON files and
 * {@code --field}) as the job's source, read from the earliest offset up to the latest one at the
 * start (a bounded backfill of what the topic holds; Flink checkpoints the offsets). Each record
 * goes through the project's readers ({@link SourceFactory#forStream}), so a record that is no
 * article becomes a dead letter named {@code kafka:TOPIC} at {@code partition P, offset O}.
 */
final class KafkaArticles {
  private KafkaArticles() {}

  /** The source of the job. */
  static KafkaSource<Tuple2<String, String>> source(FlinkJobConfig config) {
    return KafkaSource.<Tuple2<String, String>>builder()
        .setBootstrapServers(config.kafkaBrokers())
        .setTopics(config.kafkaTopic())
        .setGroupId("annals")
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setBounded(OffsetsInitializer.latest())
        .setDeserializer(new Records(config))
        .build();
  }

  /**
   * Asks the brokers for the topic before the job starts.
   *
   * @throws AnnalsException naming the brokers when none answers within {@code timeout}
   * @throws BadInputException when the topic does not exist
   */
  static void check(String brokers, String topic, Duration timeout) {
    int ms = (int) timeout.toMillis();
    Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
    try (Admin admin = Admin.create(props)) {
      admin.describeTopics(List.of(topic)).allTopicNames().get(ms + 1000L, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        throw new BadInputException("--kafka-topic: no topic '" + topic + "' on " + brokers);
      }
      throw new AnnalsException("Kafka broker " + brokers + " does not answer (" + e.getCause() + ")", e);
    } catch (TimeoutException e) {
      throw new AnnalsException("Kafka broker " + brokers + " does not answer within " + timeout.toSeconds() + " s",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted while asking Kafka broker " + brokers, e);
    }
  }

  /** One record → the items the readers make of it (usually one article). */
  static final class Records implements KafkaRecordDeserializationSchema<Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;
    private final FlinkJobConfig config;
    private transient SourceFactory factory;

    Records(FlinkJobConfig config) {
      this.config = config;
    }

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
      factory = new SourceFactory(config.readOptions());
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Tuple2<String, String>> out) {
      if (factory == null) {
        open(null);
      }
      String name = "kafka:" + record.topic();
      String at = "partition " + record.partition() + ", offset " + record.offset();
      byte[] value = record.value() == null ? new byte[0] : record.value();
      factory.forStream(name, new ByteArrayInputStream(value)).read(item -> {
        SourceItem placed = item instanceof SourceItem.Parsed p ? new SourceItem.Parsed(name, at, p.article())
            : new SourceItem.Failure(name, at, ((SourceItem.Failure) item).code(),
                ((SourceItem.Failure) item).reason());
        out.collect(Tuple2.of(Envelopes.key(placed), Envelopes.item(placed)));
      });
    }

    @Override
    public TypeInformation<Tuple2<String, String>> getProducedType() {
      return ArticleFileSource.TYPE;
    }
  }
}
