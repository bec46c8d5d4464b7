package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;

/**
 * Charges proven by a conviction the same article reports are not coded (PLOVER 2.0 manual,
 * ACCUSE: "when an accusation or allegation is also reported alongside a formal conviction,
 * ACCUSE 'allege' should not be coded"): once an article reports an asserted conviction
 * (SANCTION, mode {@code convict}), its asserted ACCUSE events of mode {@code allege} against the
 * convicted ("X was charged with", "prosecutors accused X of", "the charges against X") are
 * dropped. An allegation counts as against the convicted when its recipients share an actor with
 * a conviction's (by knowledge-base entity, else by the last word of the name: a surname), or when it names no recipient
 * at all ("the charges involved fraud"); an allegation against someone else, and every allegation
 * in an article without a conviction, stays.
 *
 * <p>Runs after {@link EventCoder}, on the whole article. Stateless; thread-safe.
 */
public final class ProvenCharges implements Stage {
  @Override
  public CodingState apply(CodingState state) {
    List<CodedEvent> convictions = state.events().stream().filter(ProvenCharges::conviction).toList();
    if (convictions.isEmpty()) {
      return state;
    }
    Set<String> convicted = new HashSet<>();
    for (CodedEvent c : convictions) {
      c.recipients().forEach(r -> convicted.add(key(r)));
    }
    List<CodedEvent> kept = new ArrayList<>();
    for (CodedEvent e : state.events()) {
      if (!proven(e, convicted)) {
        kept.add(e);
      }
    }
    return kept.size() == state.events().size() ? state : state.withEvents(kept);
  }

  static boolean conviction(CodedEvent e) {
    return "SANCTION".equals(e.event()) && "convict".equals(e.mode()) && e.modality() == Modality.ASSERTED;
  }

  private static boolean proven(CodedEvent e, Set<String> convicted) {
    if (!"ACCUSE".equals(e.event()) || !"allege".equals(e.mode()) || e.modality() != Modality.ASSERTED) {
      return false;
    }
    return e.recipients().isEmpty() || e.recipients().stream().anyMatch(r -> convicted.contains(key(r)));
  }

  /** The knowledge-base entity, else the last word of the name or words ("Tavares" for "Rui Tavares"). */
  private static String key(ActorRef r) {
    if (r.entity() != null) {
      return "entity:" + r.entity();
    }
    String name = (r.name() != null ? r.name() : r.text()).strip();
    return "name:" + name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
