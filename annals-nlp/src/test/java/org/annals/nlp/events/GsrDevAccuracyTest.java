package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Json;
import org.annals.model.Modality;
import org.annals.model.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the development half of the PLOVER gold standard records (../shared, CC BY-SA 4.0,
 * read at test time, never copied). PLOVER 0.5b1 names map to 2.0 as the data's README says. The
 * coded event of a sentence is its first asserted event, else its first event; event type and
 * source country (any actor's country among the gold sources) are scored.
 */
class GsrDevAccuracyTest {
  private static final Map<String, String> TO_PLOVER_2 = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  @Test
  void typeAndSourceAccuracyOnDevHalf() throws IOException {
    Path file = SharedData.require("eval/plover-gsr/dev.json");
    JsonNode records = Json.MAPPER.readTree(file.toFile());
    int n = 0;
    int type = 0;
    int source = 0;
    for (JsonNode r : records) {
      if (!r.has("text") || r.get("event").asText().equals("DOCUMENT")) {
        continue;
      }
      n++;
      String gold = TO_PLOVER_2.getOrDefault(r.get("event").asText(), r.get("event").asText());
      Set<String> sources = new HashSet<>();
      if (r.path("source").isArray()) {
        r.get("source").forEach(s -> sources.add(s.get("code").asText()));
      }
      CodedArticle coded = CodingTestBase.pipeline()
          .code(Article.of(r.get("text").asText(), LocalDate.parse("2000-01-01")));
      CodedEvent e = coded.events().stream().filter(x -> x.modality() == Modality.ASSERTED)
          .findFirst().orElse(coded.events().isEmpty() ? null : coded.events().get(0));
      if (e != null && e.event().equals(gold)) {
        type++;
      }
      if (e != null && e.actors().stream().anyMatch(a -> sources.contains(a.country()))) {
        source++;
      }
    }
    double typeAccuracy = type / (double) n;
    double sourceAccuracy = source / (double) n;
    System.out.printf("PLOVER GSR dev: n=%d event-type accuracy %.3f, source-country accuracy %.3f%n",
        n, typeAccuracy, sourceAccuracy);
    assertThat(n).isEqualTo(164);
    assertThat(typeAccuracy).isGreaterThanOrEqualTo(0.75);
    assertThat(sourceAccuracy).isGreaterThanOrEqualTo(0.75);
  }
}
