package org.annals.nlp.time;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Acts told through a judgement on them lie before the publication date: the gerund a judgement
 * verb names as its grounds ("accused of hiding the money", "fined for blocking the road", "charged
 * with attacking", and the gerunds coordinated with it) — rule {@code time:before-publication:judged}
 * — and the present passive of a judgement verb, a standing result of an earlier act ("is accused",
 * "are charged with") — rule {@code time:before-publication:present-passive}. The judgement verbs
 * are the list {@code retrospective} of {@code org/annals/nlp/time/time-words.tsv}. Value
 * {@code before D}, precision unknown, basis publication. Only asserted and negated events; only
 * when the event has no time phrase of its own (the caller asks last).
 *
 * <p>Stateless and thread-safe (the word list is immutable).
 */
final class Retrospective {
  static final String JUDGED = "time:before-publication:judged";
  static final String PRESENT_PASSIVE = "time:before-publication:present-passive";
  static final Set<String> RULES = Set.of(JUDGED, PRESENT_PASSIVE);
  private static final Set<String> VERBS = TimeWords.get("retrospective");
  private static final int CONJUNCTS = 4;

  private Retrospective() {}

  static Optional<EventDate> of(TimeAnchor.Doc doc, Sentence s, int head, Modality modality) {
    if (doc.published() == null || !(modality == Modality.ASSERTED || modality == Modality.NEGATED)) {
      return Optional.empty();
    }
    String rule = judgedGerund(s, head) ? JUDGED : presentPassive(s, head) ? PRESENT_PASSIVE : null;
    return rule == null ? Optional.empty() : Optional.of(new EventDate(EventDates.before(doc.published()),
        Precision.UNKNOWN, DateBasis.PUBLICATION, null, rule));
  }

  /**
   * "accused of crossing ... and killing": a gerund (or a later conjunct of one) that is the
   * grounds of a judgement; also a gerund the parser coordinates with the judgement verb itself.
   */
  private static boolean judgedGerund(Sentence s, int head) {
    int t = head;
    for (int i = 0; i < CONJUNCTS; i++) {
      Optional<Dependency> up = s.headOf(t);
      if (!s.tokens().get(t).pos().equals("VBG") || up.isEmpty() || up.get().isRoot()) {
        return false;
      }
      Token governor = s.tokens().get(up.get().governor());
      if (!up.get().relation().startsWith("conj")) {
        return up.get().relation().matches("(advcl|obl|acl|nmod):(of|for|with)") && judgement(governor);
      }
      if (judgement(governor)) {
        return true;
      }
      t = up.get().governor();
    }
    return false;
  }

  /** "is accused", "are charged": a judgement verb in the present passive with no other auxiliary. */
  private static boolean presentPassive(Sentence s, int head) {
    if (!judgement(s.tokens().get(head)) || !s.tokens().get(head).pos().equals("VBN")) {
      return false;
    }
    boolean present = false;
    for (Dependency d : s.dependentsOf(head)) {
      Token aux = s.tokens().get(d.dependent());
      if (d.relation().equals("aux:pass")) {
        present = aux.pos().equals("VBZ") || aux.pos().equals("VBP");
      } else if (d.relation().equals("aux")) {
        return false;
      }
    }
    return present;
  }

  private static boolean judgement(Token t) {
    return t.isVerb() && VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }
}
