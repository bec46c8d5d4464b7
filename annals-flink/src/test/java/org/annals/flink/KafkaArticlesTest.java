package org.annals.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.ingest.FailureCode;
import org.annals.ingest.SourceItem;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Kafka records through the project's readers, and a broker that does not answer (no broker needed). */
class KafkaArticlesTest {
  static final FlinkJobConfig CONFIG = new FlinkJobConfig(List.of(), "127.0.0.1:1", "news", null, "/tmp/x", 1,
      null, List.of("text=body"), LocalDate.of(2026, 12, 1), 100_000, 2_000, 20_000, 120, 10_000, 100, 3, 0,
      org.annals.nlp.Profile.ACCURATE);

  static List<SourceItem> read(String value, long offset) {
    List<SourceItem> out = new ArrayList<>();
    new KafkaArticles.Records(CONFIG).deserialize(new ConsumerRecord<>("news", 2, offset, null,
        value.getBytes(StandardCharsets.UTF_8)), new Collector<Tuple2<String, String>>() {
          @Override
          public void collect(Tuple2<String, String> t) {
            SourceItem item = Envelopes.item(t.f1);
            assertThat(t.f0).isEqualTo(Envelopes.key(item));
            out.add(item);
          }

          @Override
          public void close() {}
        });
    return out;
  }

  @Test
  void aRecordOfJsonIsAnArticleNamedByTopicPartitionAndOffset() {
    List<SourceItem> items = read("{\"body\": \"The two presidents spoke by telephone on Monday.\","
        + " \"date\": \"2025-07-03\", \"url\": \"https://example.org/a\"}", 7);

    assertThat(items).singleElement().isInstanceOfSatisfying(SourceItem.Parsed.class, p -> {
      assertThat(p.source()).isEqualTo("kafka:news");
      assertThat(p.locator()).isEqualTo("partition 2, offset 7");
      assertThat(p.article().published()).isEqualTo(LocalDate.of(2025, 7, 3));
      assertThat(p.article().url()).isEqualTo("https://example.org/a");
    });
  }

  @Test
  void aRecordThatIsNoArticleIsADeadLetterAtItsOffset() {
    List<SourceItem> items = read("{\"body\": \"cut off", 9);

    assertThat(items).singleElement().isInstanceOfSatisfying(SourceItem.Failure.class, f -> {
      assertThat(f.locator()).isEqualTo("partition 2, offset 9");
      assertThat(f.code()).isEqualTo(FailureCode.NOT_PARSABLE);
    });
  }

  @Test
  void aBrokerThatDoesNotAnswerIsNamed() {
    assertThatThrownBy(() -> KafkaArticles.check("127.0.0.1:1", "news", Duration.ofSeconds(2)))
        .isInstanceOf(AnnalsException.class).isNotInstanceOf(BadInputException.class)
        .hasMessageContaining("Kafka broker 127.0.0.1:1 does not answer");
  }
}
