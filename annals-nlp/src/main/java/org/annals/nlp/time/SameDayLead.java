package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Sentence;

/**
 * A same-day story: when the article's lead dates its story to the publication day ("Today, the
 * chief executive delivered her policy speech …"), the past-tense events told right after it with
 * no time of their own and no dated neighbour ("A number of legislators were removed.") are the
 * story's own, of that day — not merely "before D", which would put them before the story itself.
 * Only events of the lead's paragraph and the next one, asserted or negated, told in the simple past
 * (a pluperfect "had been removed" goes further back and keeps {@code before D}); rule
 * {@code time:lead:same-day}, with the lead's expression and basis. An article whose story day lies
 * before publication (an "On Wednesday …" lead published on Friday) keeps {@code before D}: its
 * later past-tense events may lie anywhere up to publication.
 *
 * <p>Stateless and thread-safe.
 */
final class SameDayLead {
  static final String RULE = "time:lead:same-day";
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

  private SameDayLead() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null || events.stream().noneMatch(SameDayLead::pastOnly)) {
      return events;
    }
    Optional<EventDate> story = Quotes.storyDay(doc)
        .filter(d -> d.expression() != null && doc.published().toString().equals(d.value()));
    if (story.isEmpty()) {
      return events;
    }
    String text = doc.annotated().text();
    int lead = paragraph(text, story.get().expression().start());
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      int at = TimeAnchor.triggerStart(e);
      boolean ofStory = pastOnly(e) && paragraph(text, at) <= lead + 1 && !pluperfect(doc, e);
      out.add(ofStory ? e.withDate(OwnPhrases.relabel(story.get(), RULE)) : e);
    }
    return out;
  }

  private static boolean pastOnly(CodedEvent e) {
    return Narrative.PAST_RULE.equals(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
  }

  /** The number of paragraph breaks (blank lines) before {@code offset}. */
  private static int paragraph(String text, int offset) {
    Matcher m = PARAGRAPH_BREAK.matcher(text.substring(0, Math.min(offset, text.length())));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** "had been removed", "had asked": an auxiliary "had" on the trigger's clause head. */
  private static boolean pluperfect(TimeAnchor.Doc doc, CodedEvent e) {
    Optional<Sentence> s = doc.sentenceAt(TimeAnchor.triggerStart(e));
    if (s.isEmpty()) {
      return false;
    }
    int head = Clause.of(s.get(), TimeAnchor.triggerHead(s.get(), e)).head();
    for (Dependency d : s.get().dependencies()) {
      if (d.governor() == head && d.relation().startsWith("aux")
          && s.get().tokens().get(d.dependent()).word().equalsIgnoreCase("had")) {
        return true;
      }
    }
    return false;
  }
}
