package org.annals.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.eval.plover.CorpusTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hand codings of the same article, scored against each other as the coder is scored. */
class AgreementTest {
  private static final String TEXT = "Ruritania shelled a border post on Monday. "
      + "Its foreign minister then asked Freedonia for talks.";
  private static final String URL = "https://example.org/border";

  private static String coding(String second, String extra) {
    return """
        [{"article": 7, "url": "%s", "published": "2021-03-10", "events": [
          {"id": "E1", "event": "ASSAULT", "actors": [{"text": "Ruritania", "country": "RUR"}],
           "recipients": [{"text": "a border post", "country": "FRE"}],
           "date": {"value": "2021-03-08", "precision": "day"}, "modality": "asserted",
           "trigger": "shelled", "span": [0, 42]},
          %s%s]}]
        """.formatted(URL, second, extra);
  }

  private static final String REQUEST_TO = """
      {"id": "E2", "event": "REQUEST", "actors": [{"text": "Its foreign minister", "country": "RUR"}],
       "recipients": [{"text": "Freedonia", "country": "%s"}],
       "date": {"value": "2021-03-10", "precision": "before"}, "modality": "asserted",
       "trigger": "asked", "span": [43, 95]}""";

  private static final String EXTRA = """
      , {"id": "E3", "event": "CONSULT", "actors": [], "recipients": [], "symmetric": true,
       "date": {"value": "2021-03-10", "precision": "before"}, "modality": "future",
       "trigger": "talks", "span": [43, 95]}""";

  private ArticlesReport agree(Path dir, String first, String second) throws Exception {
    Files.writeString(dir.resolve("corpus.csv"), "url,date,title,text\n" + URL
        + ",2021-03-10,Border,\"" + TEXT + "\"\n");
    return Agreement.run(ArticlesGoldReader.parse(first, "a.json"),
        ArticlesGoldReader.parse(second, "b.json"), CorpusTexts.read(dir), "a.json", "b.json");
  }

  @Test
  void aCodingAgreesWithItselfInEveryField(@TempDir Path dir) throws Exception {
    String one = coding(REQUEST_TO.formatted("FRE"), "");
    ArticlesReport r = agree(dir, one, one);
    assertEquals(2, r.precision().hits());
    assertEquals(1.0, r.recall().value());
    r.fields().forEach((field, ratio) -> assertEquals(1.0, ratio.value(), field));
  }

  @Test
  void aDifferentRecipientAndAnEventOnlyOneCoderSawAreDisagreements(@TempDir Path dir)
      throws Exception {
    ArticlesReport r = agree(dir, coding(REQUEST_TO.formatted("FRE"), ""),
        coding(REQUEST_TO.formatted("RUR"), EXTRA));
    assertEquals(1, r.precision().hits(), "only the shelling is coded alike");
    assertEquals(3, r.producedEvents());
    assertEquals(0.5, r.fields().get("target").value());
    assertEquals(1.0, r.fields().get("date").value());
    assertEquals(1, r.errorClasses().get(ArticlesScorer.SPURIOUS), "the talks only the second saw");
  }

  @Test
  void articlesOnlyTheSecondCodingHasAreLeftOutAndSaidSo(@TempDir Path dir) throws Exception {
    String second = coding(REQUEST_TO.formatted("FRE"), "").replace("\"article\": 7", "\"article\": 8");
    ArticlesReport r = agree(dir, coding(REQUEST_TO.formatted("FRE"), ""), second);
    assertEquals(0, r.articles());
    assertTrue(r.problems().get(0).toString().contains("article 8"), r.problems().toString());
  }
}
