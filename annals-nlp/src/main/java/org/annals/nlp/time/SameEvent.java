package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;

/**
 * The perfect tense tells of an event the article usually dates elsewhere: "Germany has summoned
 * the Russian ambassador" ... "the ministry summoned him on Tuesday". An event dated only "before
 * the publication date" because of its perfect ({@code time:before-publication:perfect}), its
 * past tense ({@code time:before-publication:past-tense}), its pluperfect, a before/after clause
 * ({@link NearClauses}) or a judgement on it ({@link Retrospective}) takes the
 * date of the nearest event of the same type in the article whose source countries meet its own
 * and whose target countries meet its own (when either has none: whose trigger is the same word)
 * and that is dated by its own phrase to the day (rule {@code time:perfect-same-event}, basis anchored-to-event).
 * Only the perfect ("has summoned") announces an event the article goes on to date; an event told
 * in the past tense, untensed, sequenced or judged takes the date only from one told by the same word
 * ("granted X a pardon" … "issued pardons on Tuesday"), not from another act of the same type
 * between the same countries ("residents were told to stay home" is not the "called on … on
 * Monday" before it; issue 13); when both sources name persons, they must share one. Stateless and
 * thread-safe.
 */
final class SameEvent {
  static final String RULE = "time:perfect-same-event";
  private static final String PERFECT = "time:before-publication:perfect";
  private static final Set<String> CLEMENCY = TimeWords.get("clemency");

  /**
   * "In recent weeks, hundreds have been arrested", "have detained activists for months": a span of
   * many days tells a series, not the one act the article dates elsewhere.
   */
  private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+)?"
          + "(?:days|weeks|months|years)|for\\s+(?:days|weeks|months|years))\\b");

  private SameEvent() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      String rule = e.date().rule();
      out.add(!inRelative(doc, e) && !overSpan(doc, e) && (PERFECT.equals(rule) || Narrative.PAST_RULE.equals(rule) || Narrative.UNTENSED_RULE.equals(rule)
          || Retrospective.RULES.contains(rule) || TimeAnchor.PLUPERFECT_RULE.equals(rule)
          || NearClauses.SEQUENCED_RULE.equals(rule))
          ? dated(e, events) : e);
    }
    return out;
  }

  /**
   * "the decision, which the minister has called a stunt": an event told in a relative clause is
   * background on a participant (issue 13), not the act the article dates elsewhere.
   */
  private static boolean inRelative(TimeAnchor.Doc doc, CodedEvent e) {
    return doc.sentenceAt(TimeAnchor.triggerStart(e))
        .map(s -> Clause.of(s, TimeAnchor.triggerHead(s, e)).background()).orElse(false);
  }

  private static boolean overSpan(TimeAnchor.Doc doc, CodedEvent e) {
    return doc.sentenceAt(TimeAnchor.triggerStart(e))
        .map(s -> SPAN.matcher(doc.annotated().text().substring(s.start(), s.end())).find()).orElse(false);
  }

  private static CodedEvent dated(CodedEvent e, List<CodedEvent> events) {
    CodedEvent best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CodedEvent a : events) {
      int distance = Math.abs(TimeAnchor.triggerStart(a) - TimeAnchor.triggerStart(e));
      if (a != e && a.event().equals(e.event()) && ownDay(a) && sameParticipants(e, a)
          && (PERFECT.equals(e.date().rule()) || sameWord(e, a)) && distance < bestDistance) {
        best = a;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return e;
    }
    EventDate d = best.date();
    return e.withDate(new EventDate(d.value(), d.precision(), DateBasis.ANCHORED_TO_EVENT, d.expression(), RULE));
  }

  private static boolean ownDay(CodedEvent a) {
    EventDate d = a.date();
    return d.precision() == Precision.DAY && d.value() != null
        && (a.modality() == Modality.ASSERTED || a.modality() == Modality.NEGATED)
        && (d.basis() == DateBasis.EXPLICIT || d.basis() == DateBasis.RELATIVE);
  }

  /**
   * The same participants: source countries that meet, and target countries that meet — or, when
   * either has none, the same trigger word ("summoned" ... "summoned").
   */
  private static boolean sameParticipants(CodedEvent e, CodedEvent a) {
    Set<String> src = countries(e.actors());
    Set<String> tgt = countries(e.recipients());
    Set<String> otherSrc = countries(a.actors());
    Set<String> otherTgt = countries(a.recipients());
    boolean sources = !src.isEmpty() && src.stream().anyMatch(otherSrc::contains) && samePersons(e, a);
    boolean targets = tgt.isEmpty() || otherTgt.isEmpty() ? sameWord(e, a) : tgt.stream().anyMatch(otherTgt::contains);
    return sources && targets;
  }

  /**
   * "the president accused the network" is not "the solicitor general filed a petition on February
   * 10, accusing the network": when both sources name persons, one of them must be the same person.
   */
  private static boolean samePersons(CodedEvent e, CodedEvent a) {
    Set<String> mine = persons(e);
    Set<String> theirs = persons(a);
    return mine.isEmpty() || theirs.isEmpty() || mine.stream().anyMatch(theirs::contains);
  }

  private static Set<String> persons(CodedEvent e) {
    return e.actors().stream().filter(r -> r.rule() != null && r.rule().contains(":person") && r.name() != null)
        .map(ActorRef::name).collect(Collectors.toSet());
  }

  private static boolean sameWord(CodedEvent e, CodedEvent a) {
    return stem(e).equals(stem(a)) && !stem(e).isEmpty() || clemency(stem(e)) && clemency(stem(a));
  }

  /**
   * "issued seven pardons" … "her sentence was commuted", "was granted clemency": the words of one act
   * of mercy (list {@code clemency} of time-words.tsv) tell the same act.
   */
  private static boolean clemency(String stem) {
    return !stem.isEmpty() && CLEMENCY.stream().anyMatch(w -> w.startsWith(stem) || stem.startsWith(w));
  }

  /** The first five letters of the trigger's head word ("summoned", "summons" → "summo"). */
  private static String stem(CodedEvent e) {
    if (e.evidence() == null || e.evidence().trigger() == null || e.evidence().trigger().text() == null) {
      return "";
    }
    String[] words = e.evidence().trigger().text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    String w = words[words.length - 1];
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  private static Set<String> countries(List<ActorRef> refs) {
    return refs.stream().map(ActorRef::country).filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
