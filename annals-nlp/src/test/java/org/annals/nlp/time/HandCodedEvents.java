package org.annals.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Sentence;
import org.annals.model.Trigger;
import org.annals.nlp.CodingState;
import org.annals.nlp.PipelineFactory;

/**
 * Events built by hand on the triggers of an article written for a time test, and the time stage
 * run on them: for tests where the dating rule, not the event coder, is under test.
 */
final class HandCodedEvents {
  private HandCodedEvents() {}

  /** An annotated article and its hand-built events as the time stage dated them. */
  record Dated(AnnotatedDoc doc, List<CodedEvent> events) {
    /** The date of the event whose trigger starts where {@code trigger} first occurs in the article. */
    EventDate date(String trigger) {
      int at = doc.text().indexOf(trigger);
      return events.stream().filter(e -> e.evidence().trigger().start() == at).findFirst().orElseThrow().date();
    }
  }

  /** Annotates {@code text} with the shared pipeline, builds its events and dates them. */
  static Dated code(String text, LocalDate published, Function<AnnotatedDoc, List<CodedEvent>> events) {
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, published));
    return new Dated(doc, dated(doc, events.apply(doc)));
  }

  /** An event of {@code type} on the first occurrence of {@code trigger}, with no participants. */
  static CodedEvent on(AnnotatedDoc d, String type, String trigger, Modality modality) {
    int at = d.text().indexOf(trigger);
    if (at < 0) {
      throw new IllegalArgumentException("trigger not in the article: " + trigger);
    }
    Sentence s = d.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElseThrow();
    Evidence ev = new Evidence("a", s.start(), s.end(), new Trigger(at, at + trigger.length(), trigger), "test");
    return new CodedEvent(CodedEvent.makeId("a", at, type), type, null, List.of(), "000",
        type.equals("ASSAULT") ? 4 : 3, 0, List.of(), List.of(), false, EventDate.unknown(), null, Map.of(),
        modality, null, ev, 1);
  }

  /** The events as the time stage dates them. */
  static List<CodedEvent> dated(AnnotatedDoc d, List<CodedEvent> events) {
    return new TimeAnchor().apply(CodingState.of(d).withEvents(events)).events();
  }
}
