package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.TimeExpression;

/**
 * What the claim rules see of one sentence: its text and offset in the article, the events coded
 * in it, the actors resolved in it (with article offsets), its time expressions, and the
 * article's publication date and focus countries (most mentioned first). Immutable.
 *
 * @param start offset of {@code text} in the article
 * @param articleEvents all events coded in the article
 * @param published publication date, or null
 * @param focus the article's most mentioned countries, most first
 */
record SentenceView(
    int start,
    String text,
    List<CodedEvent> events,
    List<ActorRef> actors,
    List<TimeExpression> timexes,
    List<CodedEvent> articleEvents,
    LocalDate published,
    List<String> focus) {

  SentenceView {
    events = List.copyOf(events);
    actors = List.copyOf(actors);
    timexes = List.copyOf(timexes);
    articleEvents = List.copyOf(articleEvents);
    focus = List.copyOf(focus);
  }

  int end() {
    return start + text.length();
  }
}
