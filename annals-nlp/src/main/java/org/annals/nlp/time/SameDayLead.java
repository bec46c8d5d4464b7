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
 * later past-tense events may lie anywhere up to publication. Wire copy (session 27): the lead's next
 * {@value #LEAD_SENTENCES} sentences count too; a later conjunct of a perfect, a relative clause and
 * the complement of a past statement are background; a present-tense lead ({@link PresentLead}) makes
 * the publication day the story day, and its present reports left with the fallback take it too.
 *
 * <p>Stateless and thread-safe.
 */
final class SameDayLead {
  static final String RULE = "time:lead:same-day";
  /** Wire copy sets each sentence apart: the lead's next sentences count as its paragraphs. */
  static final int LEAD_SENTENCES = 4;
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

  private SameDayLead() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null) {
      return events;
    }
    Optional<EventDate> story = Quotes.storyDay(doc)
        .filter(d -> d.expression() != null && doc.published().toString().equals(d.value()));
    boolean present = story.isEmpty();
    if (present) {
      story = PresentLead.storyDay(doc);
    }
    if (story.isEmpty()) {
      return events;
    }
    String text = doc.annotated().text();
    int leadAt = present ? PresentLead.leadStart(doc) : story.get().expression().start();
    int lead = paragraph(text, leadAt);
    int leadSentence = doc.sentenceAt(leadAt).map(Sentence::index).orElse(0);
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      int at = TimeAnchor.triggerStart(e);
      Optional<Sentence> s = doc.sentenceAt(at);
      boolean near = paragraph(text, at) <= lead + 1
          || s.map(x -> x.index() <= leadSentence + LEAD_SENTENCES).orElse(false);
      boolean ofStory = (pastOnly(e) || present && presentFallback(e)) && near
          && s.map(x -> !background(x, e)).orElse(false);
      String rule = present ? story.get().rule() : RULE;
      out.add(ofStory ? e.withDate(OwnPhrases.relabel(story.get(), rule)) : e);
    }
    return out;
  }

  private static boolean pastOnly(CodedEvent e) {
    return Narrative.PAST_RULE.equals(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
  }

  /** A present report still left with the publication fallback ("The navy is patrolling the strait"). */
  private static boolean presentFallback(CodedEvent e) {
    return TimeAnchor.FALLBACK_RULE.equals(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
  }

  /**
   * Not a step of the story: a pluperfect or a later conjunct of a perfect ("have bombed two towns and
   * fired shells"), a relative clause ("Libya, which brought the case"), or the complement of a past
   * statement ("he said the minority demanded a settlement": told as known, issue 13).
   */
  private static boolean background(Sentence s, CodedEvent e) {
    return perfect(s, e) || Narrative.relative(s, e) || ReportedSpeech.underPastStatement(s, e);
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

  /**
   * "had been removed", "had asked": an auxiliary "had" on the trigger's clause head; "have bombed two
   * towns and fired shells": a later conjunct with no auxiliary or subject of its own under a
   * perfect.
   */
  private static boolean perfect(Sentence s, CodedEvent e) {
    int head = Clause.of(s, TimeAnchor.triggerHead(s, e)).head();
    if (auxHave(s, head, true)) {
      return true;
    }
    Optional<Dependency> up = s.headOf(head);
    boolean bare = s.dependentsOf(head).stream()
        .noneMatch(d -> d.relation().startsWith("aux") || d.relation().startsWith("nsubj"));
    return up.isPresent() && !up.get().isRoot() && up.get().relation().startsWith("conj") && bare
        && auxHave(s, up.get().governor(), false);
  }

  private static boolean auxHave(Sentence s, int head, boolean pastOnly) {
    for (Dependency d : s.dependentsOf(head)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().startsWith("aux") && (w.equals("had") || !pastOnly && (w.equals("have") || w.equals("has")))) {
        return true;
      }
    }
    return false;
  }
}
