package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.CodedEvent;
import org.annals.model.Json;
import org.junit.jupiter.api.Test;

/** A canonical event keeps the JSON shape of a coded event plus its counts, and reads back. */
class CanonicalEventJsonTest {
  @Test
  void serialisesAsTheCodedEventWithItsOwnIdAndCountsAndReadsBack() throws Exception {
    CodedEvent rep = EventStoreContract.juneCall().events().get(0);
    CanonicalEvent e = new CanonicalEvent("c0123456789abcdef", rep, 2, 2, 2,
        LocalDate.of(2025, 6, 15), null);
    JsonNode n = Json.MAPPER.valueToTree(e);
    List<String> fields = new ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    List<String> expected = new ArrayList<>();
    Json.MAPPER.valueToTree(rep).fieldNames().forEachRemaining(expected::add);
    expected.addAll(List.of("mentions", "sources", "articles", "first_seen", "last_seen"));
    assertThat(fields).isEqualTo(expected);
    assertThat(n.get("id").asText()).isEqualTo("c0123456789abcdef");
    assertThat(n.get("event").asText()).isEqualTo("CONSULT");
    assertThat(n.get("first_seen").asText()).isEqualTo("2025-06-15");
    assertThat(n.get("last_seen").isNull()).isTrue();
    CanonicalEvent back = Json.MAPPER.readValue(Json.write(e), CanonicalEvent.class);
    assertThat(back).isEqualTo(new CanonicalEvent(e.id(), Codec.withId(rep, e.id()), 2, 2, 2,
        LocalDate.of(2025, 6, 15), null));
  }
}
