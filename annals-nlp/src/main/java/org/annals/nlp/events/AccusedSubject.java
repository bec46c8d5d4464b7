package org.annals.nlp.events;

import java.util.Objects;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;

/**
 * Misconduct said of someone ("the opposition leader said the commission had abused its power",
 * "said Venezuela was violating international law"): an entry flagged {@code accused-subject}
 * (with {@code subj-target}) is an accusation by the speaker against the subject. It codes nothing
 * when the subject names no actor ("said nobody had broken the rules") or nobody in particular ("said
 * that no official may abuse public office", "any minister"), when every accused is the
 * speaker ("said he had abused his office": a confession, no accusation of another), or when the
 * misconduct is denied ("said his government had never broken the law"). A law or a generic
 * statement that nobody is said to make has no speaker and is dropped before
 * ({@link ParticipantGuards}: {@code subj-target} without a speaker).
 *
 * <p>Stateless; thread-safe.
 */
final class AccusedSubject {
  private static final Set<String> GENERIC = Set.of("no", "any", "every", "each", "neither");

  private AccusedSubject() {}

  /** Whether the event of {@code m} with participants {@code p} and modality {@code mod} cannot stand. */
  static boolean unsupported(SentenceGraph g, TriggerMatcher.Match m, Participants p, Modality mod) {
    if (!m.entry().flags().contains(LexiconEntry.Flag.ACCUSED_SUBJECT)) {
      return false;
    }
    boolean generic = g.childrenBy(m.head(), "nsubj").stream()
        .anyMatch(s -> g.childrenBy(s, "det").stream().anyMatch(d -> GENERIC.contains(g.lower(d))));
    return generic || mod == Modality.NEGATED || p.recipients.isEmpty()
        || p.recipients.stream().allMatch(r -> p.actors.stream().anyMatch(a -> same(a, r)));
  }

  private static boolean same(ActorRef a, ActorRef r) {
    return a.entity() != null && a.entity().equals(r.entity())
        || Objects.equals(a.cameo(), r.cameo()) && a.name() != null && a.name().equals(r.name());
  }
}
