package org.annals.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.BadInputException;
import org.junit.jupiter.api.Test;

class ArticlesGoldReaderTest {
  private static final String ONE = """
      [{"article": 3, "url": "https://example.org/a", "published": "2020-03-06", "events": [
        {"id": "E1", "event": "CONSULT", "actors": [{"text": "A", "country": "JAP"},
          {"text": "B", "country": "IGO"}], "recipients": [{"text": "C", "country": ""}],
         "symmetric": true, "date": {"value": "2020-03-06", "precision": "before"},
         "modality": "asserted", "trigger": "met", "span": [0, 10]},
        {"id": "E2", "event": "AID", "actors": [], "recipients": [], "modality": "asserted",
         "date": {"value": "2020", "precision": "decade"}, "span": [0, 10]}]}]
      """;

  @Test
  void readsCodesDatesAndSymmetricSidesAndReportsBadEvents() {
    ArticlesGoldReader.Result r = ArticlesGoldReader.parse(ONE, "g.json");
    ArticlesGold.Event e = r.articles().get(0).events().get(0);
    assertEquals(List.of("JPN", "IGO"), e.sources(), "legacy codes resolved, unknown countries left out");
    assertEquals(List.of(), e.targets());
    assertEquals("before 2020-03-06", e.date());
    assertEquals(1, r.articles().get(0).events().size());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).message().contains("precision 'decade'"), r.problems().toString());
  }

  private static final String WEEKS = """
      [{"article": 4, "url": "https://example.org/b", "published": "2019-06-21", "events": [
        {"id": "E1", "event": "ASSAULT", "actors": [], "recipients": [], "modality": "asserted",
         "date": {"value": "2019-W25", "precision": "week"}, "span": [0, 10]},
        {"id": "E2", "event": "COERCE", "actors": [], "recipients": [], "modality": "asserted",
         "date": {"value": "2019-06-13", "precision": "week"}, "span": [11, 20]},
        {"id": "E3", "event": "COERCE", "actors": [], "recipients": [], "modality": "asserted",
         "date": {"value": "last week", "precision": "week"}, "span": [21, 30]}]}]
      """;

  @Test
  void aWeekIsReadAsItsIsoWeekWhetherWrittenSoOrAsOneOfItsDays() {
    ArticlesGoldReader.Result r = ArticlesGoldReader.parse(WEEKS, "g.json");
    List<ArticlesGold.Event> events = r.articles().get(0).events();
    assertEquals("2019-W25", events.get(0).date());
    assertEquals("2019-W24", events.get(1).date(), "Thursday 2019-06-13 lies in ISO week 24");
    assertEquals(2, events.size());
    assertTrue(r.problems().get(0).message().contains("week 'last week'"), r.problems().toString());
  }

  @Test
  void aModalityOutsideTheFiveIsReportedNotSilentlyNeverMatched() {
    ArticlesGoldReader.Result r = ArticlesGoldReader.parse(
        WEEKS.replaceFirst("\"asserted\"", "\"Asserted \""), "g.json");
    assertEquals(1, r.articles().get(0).events().size(), "the bad-week event and this one left out");
    assertTrue(r.problems().get(0).message().contains("modality 'Asserted '"), r.problems().toString());
  }

  @Test
  void aFileThatIsNoArrayIsAnErrorNamingIt() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> ArticlesGoldReader.parse("{}", "g.json"));
    assertTrue(e.getMessage().startsWith("g.json"));
  }
}
