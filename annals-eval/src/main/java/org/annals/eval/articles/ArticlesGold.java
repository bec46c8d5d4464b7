package org.annals.eval.articles;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Span;

/**
 * One hand-coded whole article of the project's article gold ({@code gold/articles/*.json}):
 * the article it points into (corpus URL), its publication date and every political event it
 * reports. Immutable.
 *
 * @param article the article's number in the corpus (as the gold names it)
 * @param url the article's URL in the corpus
 * @param published the publication date the article is coded with
 * @param events the events the article reports
 */
public record ArticlesGold(int article, String url, LocalDate published, List<Event> events) {
  public ArticlesGold {
    events = List.copyOf(events);
  }

  /**
   * One reported event.
   *
   * @param id the gold's event id (E1, E2, ...)
   * @param type PLOVER 2.0 type
   * @param sources actor codes of the source side (ISO alpha-3 or IGO/NGO; for symmetric events
   *     both sides); actors whose country the text does not say are left out
   * @param targets actor codes of the target side
   * @param symmetric whether both sides act alike (then {@code targets} is empty)
   * @param date the date key ({@code 2019-01-03}, {@code 2019-01}, {@code 2019},
   *     {@code before 2019-01-06}), or null when the gold gives none
   * @param modality asserted, negated, speculative, hypothetical or future
   * @param trigger the gold's trigger words
   * @param span the sentence, offsets into the article text
   */
  public record Event(String id, String type, List<String> sources, List<String> targets,
      boolean symmetric, String date, String modality, String trigger, Span span) {
    public Event {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }
  }
}
