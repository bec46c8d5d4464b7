package org.annals.eval.plover;

import static org.annals.eval.common.TestEvents.actor;
import static org.annals.eval.common.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.eval.common.Ratio;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold records that point into a corpus by url and offsets (the project's own Wikinews gold): the
 * sentence is read from the corpus, coded with its whole article, and a {@code NONE} record is
 * scored for false events only.
 */
class CorpusGoldTest {
  static final Path GOLD = Path.of("src/test/resources/fixtures/corpus-gold.json");

  @TempDir Path dir;

  private CorpusTexts corpus() throws IOException {
    Files.copy(Path.of("src/test/resources/fixtures/corpus.csv"), dir.resolve("corpus.csv"));
    return CorpusTexts.read(dir);
  }

  @Test
  void sentencesComeFromTheCorpusWithTheirArticle() throws IOException {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(GOLD, corpus());
    PloverGold voted = gold.records().get(0);
    assertThat(voted.text()).isEqualTo("The council voted to extend the mission.");
    assertThat(voted.context().published()).hasToString("2021-05-06");
    assertThat(voted.triggers().get(0).of(voted.text())).isEqualTo("voted");
    assertThat(gold.records().get(1).noEvent()).isTrue();
  }

  @Test
  void withoutTheCorpusTheRecordsAreAClearError() {
    assertThatThrownBy(() -> PloverGoldReader.read(GOLD))
        .isInstanceOf(BadInputException.class).hasMessageContaining("--corpus");
  }

  @Test
  void eachArticleIsCodedOnceAndNoEventRecordsCountFalseEvents() throws IOException {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(GOLD, corpus());
    List<String> coded = new ArrayList<>();
    PloverReport r = PloverEvaluation.run(gold, "corpus-gold.json", a -> {
      coded.add(a.text());
      return codedWith(a, a.text().startsWith("The council")
          ? event("AGREE", null, Modality.ASSERTED, 12, 17, List.of(actor("GBR", "GOV")), List.of())
          : event("CONSULT", null, Modality.ASSERTED, 12, 15, List.of(actor("GBR", "GOV")), List.of()));
    }, msg -> { });
    assertThat(coded).hasSize(2);
    assertThat(r.records()).isEqualTo(1);
    assertThat(r.eventType()).isEqualTo(Ratio.of(1, 1));
    assertThat(r.falseEvents()).isEqualTo(Ratio.of(1, 1));
    assertThat(r.misses()).singleElement()
        .satisfies(m -> assertThat(m.differs()).containsExactly("false event"));
  }

  @Test
  void aTimemlCorpusNamesItsArticlesByPathAndDatesThemByTheirDct() throws IOException {
    Files.createDirectories(dir.resolve("wire"));
    Files.writeString(dir.resolve("wire/note.tml"), """
        <?xml version="1.0" ?>
        <TimeML><DOCID>note</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-04" functionInDocument="CREATION_TIME">March 4</TIMEX3></DCT>
        <TEXT>The envoy <EVENT eid="e1">arrived</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03-03">on Tuesday</TIMEX3> &amp; met the minister.</TEXT>
        </TimeML>
        """);
    CorpusTexts corpus = CorpusTexts.read(dir);
    Article a = corpus.article("wire/note.tml", "test");
    assertThat(a.text()).isEqualTo("The envoy arrived on Tuesday & met the minister.");
    assertThat(a.published()).hasToString("1998-03-04");
    assertThat(corpus.sentence("wire/note.tml", 10, 17, "test")).isEqualTo("arrived");
  }

  private static CodedArticle codedWith(Article a, CodedEvent e) {
    return new CodedArticle(a, List.of(e), List.of(), List.of(), 1, 8, null);
  }
}
