package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.WordLists;

/**
 * A clash between a crowd and the security forces is a riot: "protesters clashed with police",
 * "students fought riot police" — a symmetric ASSAULT whose sides are a civilian sector ({@code
 * crowd-sector}: CVL, EDU, LAB, …) and a security one ({@code security-sector}: COP, MIL, …) is
 * PROTEST/riot (CAMEO 145) by the crowd against the security forces (PLOVER manual, PROTEST:
 * "riots ... clashes with police"). Armed sides on both ends stay an ASSAULT.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ClashRule {
  private final Set<String> crowd;
  private final Set<String> security;
  private final LexiconEntry riot;

  ClashRule(WordLists lists) {
    this.crowd = lists.get("crowd-sector");
    this.security = lists.get("security-sector");
    this.riot = new LexiconEntry("rule.clash-riot", List.of(new Element(Set.of("clash"), Pos.ANY, false)),
        "PROTEST", "riot", List.of(), "145", EnumSet.noneOf(LexiconEntry.Flag.class),
        "built-in rule (word lists " + WordLists.BUNDLED + ")");
  }

  /**
   * The riot that {@code m} with participants {@code p} is, with {@code p} turned into crowd →
   * security forces; or {@code m} itself, {@code p} untouched.
   */
  TriggerMatcher.Match apply(TriggerMatcher.Match m, Participants p) {
    LexiconEntry e = m.entry();
    if (!e.event().equals("ASSAULT") || !e.symmetric()) {
      return m;
    }
    List<ActorRef> all = new ArrayList<>(p.actors);
    all.addAll(p.recipients);
    List<ActorRef> crowds = all.stream().filter(r -> Participants.sectorIn(crowd, r)).toList();
    List<ActorRef> forces = all.stream().filter(r -> Participants.sectorIn(security, r)).toList();
    if (crowds.isEmpty() || forces.isEmpty() || crowds.size() + forces.size() != all.size()) {
      return m;
    }
    p.actors.clear();
    p.recipients.clear();
    crowds.forEach(p::actor);
    forces.forEach(p::recipient);
    return m.as(riot);
  }
}
