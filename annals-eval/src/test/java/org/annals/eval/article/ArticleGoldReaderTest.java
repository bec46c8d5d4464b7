package org.annals.eval.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.annals.eval.common.Problem;
import org.annals.model.BadInputException;
import org.junit.jupiter.api.Test;

/** Reading reference codings, including malformed ones. */
class ArticleGoldReaderTest {
  @Test
  void readsTheFixtureAndFindsTheTextNextToIt() {
    Path gold = ArticleScorerTest.GOLD;
    ArticleGoldReader.Result r = ArticleGoldReader.read(gold);
    assertThat(r.gold().events()).hasSize(2);
    assertThat(r.gold().events().get(0).attributes()).containsEntry("duration", "PT1H");
    assertThat(r.gold().forbidden().get(0).countries()).containsExactly("CHL", "PER");
    Path text = ArticleEvaluation.textPath(gold, r.gold(), null);
    assertThat(ArticleEvaluation.readText(text)).startsWith("\nThe presidents of Chile");
  }

  @Test
  void brokenJsonIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> ArticleGoldReader.parse("{\"events\": [", "broken.json"))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("broken.json: not valid JSON");
    assertThatThrownBy(() -> ArticleGoldReader.parse("[]", "list.json"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("list.json: expected a JSON object");
  }

  @Test
  void badItemsAreReportedAndTheRestIsRead() {
    String json = """
        {"published": "2025-13-01",
         "events": [
           {"id": "E1", "required": "must", "event": "CONSULT", "span": [1, 10]},
           {"id": "E2", "required": "must", "span": [1, 10]},
           {"id": "E3", "required": "maybe", "event": "AID", "span": [1, 10]},
           {"required": "should", "event": "AID", "span": [10, 5]}],
         "forbidden": [{"id": "N1", "span": [0, 4]}],
         "claims": {"id": "C1"}}
        """;
    ArticleGoldReader.Result r = ArticleGoldReader.parse(json, "g.json");
    assertThat(r.gold().events()).extracting(ArticleGold.Event::id).containsExactly("E1");
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "g.json: record (article): published is not a date: \"2025-13-01\"",
        "g.json: record E2: missing field event; skipped",
        "g.json: record E3: required is \"maybe\", expected \"must\" or \"should\"; skipped",
        "g.json: record events#4: span is [10,5], expected [start, end]; skipped",
        "g.json: record N1: missing field event (a list of event types); skipped",
        "g.json: record claims: is not a list; section skipped");
  }

  @Test
  void missingTextFileIsAnError() {
    assertThatThrownBy(() -> ArticleEvaluation.readText(Path.of("nowhere/article.txt")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("no such file");
  }
}
