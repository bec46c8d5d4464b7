package org.annals.eval.plover;

import java.util.List;
import java.util.Optional;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.annals.model.Span;
import org.annals.model.Trigger;

/**
 * Picks the produced event to compare with a gold record (a gold record codes one event; the
 * pipeline may produce several for the sentence). In order of preference:
 * <ol>
 *   <li>the first event whose trigger overlaps a gold EVT span, asserted events before others;
 *   <li>the first asserted event;
 *   <li>the first event.
 * </ol>
 * No events: empty. Stateless and thread-safe.
 */
public final class EventChoice {
  private EventChoice() {}

  public static Optional<CodedEvent> choose(List<CodedEvent> produced, List<Span> goldTriggers) {
    List<CodedEvent> onTrigger = produced.stream().filter(e -> overlaps(e, goldTriggers)).toList();
    Optional<CodedEvent> pick = firstAsserted(onTrigger).or(() -> onTrigger.stream().findFirst());
    return pick.or(() -> firstAsserted(produced)).or(() -> produced.stream().findFirst());
  }

  private static Optional<CodedEvent> firstAsserted(List<CodedEvent> events) {
    return events.stream().filter(e -> e.modality() == Modality.ASSERTED).findFirst();
  }

  private static boolean overlaps(CodedEvent e, List<Span> spans) {
    Trigger t = e.evidence() == null ? null : e.evidence().trigger();
    if (t == null || t.end() < t.start()) {
      return false;
    }
    Span ts = new Span(t.start(), t.end());
    return spans.stream().anyMatch(ts::overlaps);
  }
}
