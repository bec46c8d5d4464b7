package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Narrative time: a past-tense event with no time expression of its own that would fall back to the
 * publication date takes instead the date of the nearest event of the same sentence that has a day
 * or month date of its own and shares a participant with it ("Merz and Macron agreed to meet again
 * after a phone call on Monday, June 2"; rule {@code time:narrative}, basis anchored-to-event). An
 * event of another sentence does not lend its date: on the project's article gold the details told
 * in the sentences after a dated event were mostly dated {@code before D} (issue 13, session 18). An
 * event with other participants, a present-tense one ("officials say") or one without a dated
 * neighbour keeps the fallback, and one told in a relative clause ("her husband, who was arrested")
 * is background and takes no neighbour's date.
 *
 * <p>Stateless and thread-safe.
 */
final class Narrative {
  static final String RULE = "time:narrative";
  static final String PAST_RULE = "time:before-publication:past-tense";
  static final String UNTENSED_RULE = "time:before-publication:untensed";
  static final String PRESENT_RULE = "time:before-publication:present";
  /** How far a bare participle looks up for the finite verb it hangs from. */
  private static final int PARTICIPLE_STEPS = 4;
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "shall", "get", "to");

  private Narrative() {}

  /** The events with narrative dates where the rule applies, in the same order. */
  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    List<Sentence> sentences = events.stream().map(e -> doc.sentenceAt(TimeAnchor.triggerStart(e)).orElse(null))
        .toList();
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      CodedEvent e = events.get(i);
      if (candidate(sentences.get(i), e)) {
        Optional<EventDate> near = relative(sentences.get(i), e) ? Optional.empty() : anchor(i, events, sentences);
        out.add(e.withDate(near.orElseGet(() -> beforePublication(doc, PAST_RULE))));
      } else if (fallback(e) && untensed(sentences.get(i), e)) {
        out.add(e.withDate(beforePublication(doc, UNTENSED_RULE)));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * An asserted or negated event that every other rule left with the publication fallback (a
   * finite present verb, "Iran denies …", "the minister faces charges") is told as known on the day
   * of the report, not dated to it: {@code before D} ({@value #PRESENT_RULE}, basis publication,
   * precision unknown). Run last, so that the pass keyed on the fallback (indirect speech,
   * {@link ReportedSpeech}) sees it first. On the project's article gold, none of the events left with the
   * fallback happened on the publication day (docs/EVALUATION.md).
   */
  static List<CodedEvent> present(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null) {
      return events;
    }
    return events.stream().map(e -> fallback(e) ? e.withDate(beforePublication(doc, PRESENT_RULE)) : e).toList();
  }

  private static boolean candidate(Sentence s, CodedEvent e) {
    return s != null && fallback(e) && pastTense(s, Clause.of(s, TimeAnchor.triggerHead(s, e)).head());
  }

  /**
   * "her husband, who was arrested and banned from the race": an event told in a relative clause
   * (or a later conjunct of one) is background on a participant, not a step of the story, and takes
   * no neighbour's date (issue 13).
   */
  static boolean relative(Sentence s, CodedEvent e) {
    int head = Clause.of(s, TimeAnchor.triggerHead(s, e)).head();
    for (int step = 0; step < PARTICIPLE_STEPS; step++) {
      Optional<Dependency> up = s.headOf(head);
      if (up.isEmpty() || up.get().isRoot()) {
        return false;
      }
      if (up.get().relation().equals("acl:relcl")) {
        return true;
      }
      if (!up.get().relation().startsWith("conj")) {
        return false;
      }
      head = up.get().governor();
    }
    return false;
  }

  private static boolean fallback(CodedEvent e) {
    return "time:publication-fallback".equals(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
  }

  /**
   * "cease referring to the protests", "for refusing to support": an event whose clause has no
   * tense of its own (a noun, a gerund, an infinitive or a participle without an auxiliary, the
   * parse not reaching a past verb) is one the article refers to as known, not one it reports as
   * happening on the day: {@code before D} ({@value #UNTENSED_RULE}). A finite present verb ("Iran
   * denies") keeps the publication date.
   */
  private static boolean untensed(Sentence s, CodedEvent e) {
    if (s == null) {
      return false;
    }
    int head = Clause.of(s, TimeAnchor.triggerHead(s, e)).head();
    Token t = s.tokens().get(head);
    boolean finite = t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBD") || t.pos().equals("MD");
    return !finite && !hasAux(s, head) && s.dependentsOf(head).stream().noneMatch(d -> d.relation().equals("cop"));
  }

  /**
   * A past-tense verb ("arrested"), a verb with a past auxiliary ("was arrested", "did not
   * meet"), or a bare participle or infinitive that hangs from one ("was more forceful, committing
   * troops", "were taking part in demonstrations protesting ...", "did so to punish the mayor for
   * refusing ...").
   */
  static boolean pastTense(Sentence s, int head) {
    int t = head;
    for (int step = 0; step < PARTICIPLE_STEPS && t >= 0; step++) {
      Token tok = s.tokens().get(t);
      if (finitePast(s, t)) {
        return true;
      }
      if (tok.isVerb() && !(tok.pos().equals("VBG") || tok.pos().equals("VBN") || infinitive(s, t))
          || hasAux(s, t)) {
        return false; // a finite present or future verb decides
      }
      t = s.headOf(t).filter(d -> !d.isRoot()).map(Dependency::governor).orElse(-1);
    }
    return false;
  }

  /** A past-tense verb, or a word with a past auxiliary or copula ("was arrested", "had asked", "was forceful"). */
  private static boolean finitePast(Sentence s, int t) {
    Token tok = s.tokens().get(t);
    return tok.pos().equals("VBD") || taggedParticiple(s, t) || s.dependentsOf(t).stream()
        .anyMatch(d -> (d.relation().startsWith("aux") || d.relation().equals("cop"))
            && s.tokens().get(d.dependent()).pos().equals("VBD"));
  }

  /**
   * "The army also banned trade", tagged VBN: a participle with a subject of its own and no
   * auxiliary is a past-tense verb the tagger took for a participle.
   */
  private static boolean taggedParticiple(Sentence s, int t) {
    return s.tokens().get(t).pos().equals("VBN") && !hasAux(s, t)
        && s.dependentsOf(t).stream().anyMatch(d -> d.relation().equals("nsubj"));
  }

  /** "to punish ...": an infinitive takes its tense from the verb it hangs from. */
  private static boolean infinitive(Sentence s, int t) {
    return s.tokens().get(t).pos().equals("VB") && s.dependentsOf(t).stream()
        .anyMatch(d -> d.relation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to"));
  }

  /**
   * An auxiliary dependent that is one: "member states met" with "states" tagged VBZ and parsed as
   * the auxiliary of "met" has none (issue 13), so "met" stays a past-tense verb.
   */
  private static boolean hasAux(Sentence s, int t) {
    return s.dependentsOf(t).stream().anyMatch(d -> d.relation().startsWith("aux")
        && auxiliary(s.tokens().get(d.dependent())));
  }

  private static boolean auxiliary(Token t) {
    return t.pos().equals("MD") || t.pos().equals("TO")
        || AUXILIARIES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A past-tense event with no date of its own and no dated neighbour happened before the
   * article was published: {@code before D} ({@value #PAST_RULE}, basis publication).
   */
  private static EventDate beforePublication(TimeAnchor.Doc doc, String rule) {
    return new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN, DateBasis.PUBLICATION, null,
        rule);
  }

  /** The date of the nearest dated event with a shared participant (see the class comment), if any. */
  private static Optional<EventDate> anchor(int i, List<CodedEvent> events, List<Sentence> sentences) {
    CodedEvent e = events.get(i);
    Set<String> who = participants(e);
    CodedEvent best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < events.size(); k++) {
      CodedEvent a = events.get(k);
      if (k == i || sentences.get(k) == null || !datedByItself(a) || !shares(who, a)) {
        continue;
      }
      int distance = Math.abs(TimeAnchor.triggerStart(a) - TimeAnchor.triggerStart(e));
      if (sentences.get(i).index() == sentences.get(k).index() && distance < bestDistance) {
        best = a;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best).map(a -> new EventDate(a.date().value(), a.date().precision(),
        DateBasis.ANCHORED_TO_EVENT, a.date().expression(), RULE));
  }

  private static boolean datedByItself(CodedEvent a) {
    EventDate d = a.date();
    return (d.precision() == Precision.DAY || d.precision() == Precision.WEEK
        || d.precision() == Precision.MONTH) && d.value() != null
        && a.modality() == Modality.ASSERTED
        && (d.basis() == DateBasis.EXPLICIT || d.basis() == DateBasis.RELATIVE
            || (d.basis() == DateBasis.ANCHORED_TO_EVENT && !RULE.equals(d.rule())));
  }

  private static boolean shares(Set<String> who, CodedEvent a) {
    return participants(a).stream().anyMatch(who::contains);
  }

  /** Persons by KB entity, other actors by country and sector. */
  private static Set<String> participants(CodedEvent e) {
    Set<String> out = new HashSet<>();
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    for (ActorRef r : all) {
      if (r.entity() != null) {
        out.add(r.entity());
      } else if (r.country() != null) {
        out.add(r.country() + ":" + r.sector());
      }
    }
    return out;
  }
}
