package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.Claim;
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
 * @param previousStart offset of the sentence before this one (this one's start for the first)
 * @param priorClaims the claims found so far in the article: the earlier sentences' and, rule by
 *     rule, this one's
 */
record SentenceView(
    int start,
    String text,
    List<CodedEvent> events,
    List<ActorRef> actors,
    List<TimeExpression> timexes,
    List<CodedEvent> articleEvents,
    LocalDate published,
    List<String> focus,
    int previousStart,
    List<Claim> priorClaims) {

  SentenceView {
    events = List.copyOf(events);
    priorClaims = List.copyOf(priorClaims);
    actors = List.copyOf(actors);
    timexes = List.copyOf(timexes);
    articleEvents = List.copyOf(articleEvents);
    focus = List.copyOf(focus);
  }

  int end() {
    return start + text.length();
  }

  /** The same sentence with the claims found so far. */
  SentenceView withPriorClaims(List<Claim> claims) {
    return new SentenceView(start, text, events, actors, timexes, articleEvents, published, focus,
        previousStart, claims);
  }
}
