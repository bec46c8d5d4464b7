package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;

/**
 * Indirect speech told in the past: "a spokesman said the government intends to appeal", "the
 * ministry announced that it will expel the envoy". The present or future of the reported clause
 * is that of the statement (the sequence of tenses), so an event in the complement ({@code ccomp})
 * of a past-tense verb that has no time of its own — the publication fallback of a present verb,
 * or the publication-year placeholder of a plan ({@link Prospects}) — is of the statement's time:
 * the statement was made before the article, {@code before D} (rule
 * {@code time:before-publication:reported}, basis publication). A statement dated by its own
 * phrase ("said on Monday that …") already dated the event (step 6 of docs/TIME.md); a quotation
 * is left to {@link Quotes}; a present reporting verb ("says it will") keeps the other dates.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedSpeech {
  static final String RULE = "time:before-publication:reported";

  private ReportedSpeech() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null || events.stream().noneMatch(ReportedSpeech::undated)) {
      return events;
    }
    List<int[]> quotes = Quotes.quotations(doc.annotated().text());
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      int at = TimeAnchor.triggerStart(e);
      boolean reported = undated(e) && quotes.stream().noneMatch(q -> q[0] <= at && at < q[1])
          && doc.sentenceAt(at).map(s -> underPastStatement(s, e)).orElse(false);
      out.add(reported ? e.withDate(new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN,
          DateBasis.PUBLICATION, null, RULE)) : e);
    }
    return out;
  }

  private static boolean undated(CodedEvent e) {
    boolean present = "time:publication-fallback".equals(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
    return present || Prospects.placeholder(e.date());
  }

  /** The event's clause is the complement of a verb in the past tense ("said", "announced"). */
  static boolean underPastStatement(Sentence s, CodedEvent e) {
    int head = Clause.of(s, TimeAnchor.triggerHead(s, e)).head();
    Optional<Dependency> up = s.headOf(head);
    return up.isPresent() && !up.get().isRoot() && up.get().relation().equals("ccomp")
        && s.tokens().get(up.get().governor()).isVerb() && Narrative.pastTense(s, up.get().governor());
  }
}
