package org.annals.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.model.Json;
import org.annals.model.Sentence;
import org.annals.nlp.CodingState;
import org.annals.model.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The example article's reference claims (../shared/seed), found by the extractor on the
 * reference sentence split with actors found by surname (no CoreNLP, no coded events).
 */
class ExampleArticleClaimsTest {

  @Test
  void findsTheReferenceClaimsAndNothingElse() throws Exception {
    Path article = SharedData.require("seed/putin-trump-call.txt");
    JsonNode expected = Json.MAPPER.readTree(
        SharedData.require("seed/putin-trump-call.expected.json").toFile());
    String text = Files.readString(article);
    // the event of the office-holder sentence, dated as the reference coding dates it
    JsonNode e6 = expected.get("events").findParents("id").stream()
        .filter(n -> n.get("id").asText().equals("E6")).findFirst().orElseThrow();
    int e6start = e6.get("span").get(0).asInt();
    CodedEvent sanction = Fixture.event(e6.get("event").asText(), e6start, "?", null,
        e6.at("/date/value").asText(), "USA", "UKR");
    CodingState state = Fixture.state(text, LocalDate.of(2025, 7, 3), sanction);
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : expected.get("sentences")) {
      sentences.add(new Sentence(sentences.size(), s.get(0).asInt(), s.get(1).asInt(), List.of(),
          List.of(), List.of(), List.of()));
    }
    AnnotatedDoc doc = new AnnotatedDoc(state.doc().article(), sentences, "test");
    List<Claim> claims = new ClaimExtractor(new TinyKb())
        .apply(new CodingState(doc, state.actors(), state.events(), List.of(), List.of())).claims();

    List<String> want = new ArrayList<>();
    expected.get("claims").forEach(c -> want.add(c.get("kind").asText() + ": " + c.get("text").asText()));
    assertThat(claims).extracting(c -> c.kind() + ": " + c.text())
        .containsExactlyInAnyOrderElementsOf(want);
    Claim count = claims.stream().filter(c -> c.kind().equals("count")).findFirst().orElseThrow();
    JsonNode c1 = expected.get("claims").get(0);
    assertThat(count.subject().get(ClaimSubject.FROM)).isEqualTo(c1.at("/window/from").asText());
    assertThat(count.subject().get(ClaimSubject.VALUE)).isEqualTo(c1.get("value").asInt());
    for (Claim c : claims) {
      if (!c.kind().equals("officeholder")) {
        JsonNode ref = expected.get("claims").findParents("text").stream()
            .filter(n -> n.get("text").asText().equals(c.text())).findFirst().orElseThrow();
        List<String> countries = new ArrayList<>();
        ref.at("/subject/countries").forEach(n -> countries.add(n.asText()));
        assertThat(c.subject().get(ClaimSubject.COUNTRIES)).as(c.text()).isEqualTo(countries);
      }
    }
  }
}
