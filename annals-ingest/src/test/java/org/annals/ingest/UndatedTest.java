package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Provenance;
import org.annals.model.Trigger;
import org.junit.jupiter.api.Test;

/** Articles without any date are coded as of the ingest day and labelled {@code ingested}. */
class UndatedTest {
  private static final String TEXT = "The ministers met on Monday. They signed a treaty on 3 May 2024.";
  private static final LocalDate INGEST_DAY = LocalDate.of(2026, 11, 27);

  /** A stand-in coder: a "met" event dated by the publication date and a "signed" one dated explicitly. */
  private final Function<Article, CodedArticle> coder = a -> new CodedArticle(a, List.of(
      event("met", new EventDate(String.valueOf(a.published()), Precision.DAY, DateBasis.PUBLICATION, null,
          "time:publication")),
      event("signed", new EventDate("2024-05-03", Precision.DAY, DateBasis.EXPLICIT, null, "time:explicit"))),
      List.of(), List.of(), 2, 14, new Provenance("test", "none", null, null, "0"));

  private static CodedEvent event(String trigger, EventDate date) {
    int at = TEXT.indexOf(trigger);
    Evidence ev = new Evidence(null, at, at + trigger.length(), new Trigger(at, at + trigger.length(), trigger),
        "test:" + trigger);
    return new CodedEvent(trigger, "CONSULT", null, List.of(), "040", 1, 1.0, List.of(), List.of(), true, date,
        null, Map.of(), Modality.ASSERTED, null, ev, 0.9);
  }

  @Test
  void datesThatNeedThePublicationDateBecomeIngestedAndTheArticleKeepsNoDate() {
    CodedArticle c = Undated.code(coder, Article.of(TEXT, null), INGEST_DAY);

    assertThat(c.article().published()).isNull();
    CodedEvent met = c.events().get(0);
    assertThat(met.date().value()).isEqualTo("2026-11-27");
    assertThat(met.date().basis()).isEqualTo(DateBasis.INGESTED);
    assertThat(met.date().rule()).isEqualTo("ingested:time:publication");
    assertThat(c.events().get(1).date()).isEqualTo(
        new EventDate("2024-05-03", Precision.DAY, DateBasis.EXPLICIT, null, "time:explicit"));
    assertThat(c.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(Undated.NO_DATE);
      assertThat(w.message()).contains("2026-11-27", "basis: ingested");
    });
  }
}
