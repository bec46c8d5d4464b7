package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.nlp.text.SentenceGraph;

/**
 * Where an event happened: an "in/at PLACE" oblique of the trigger (or of the verb a nominal
 * trigger is the subject of: "a protest took place in Quito") whose words the NER tags as a place
 * ("in the town of PLACE" too) or a city or region modifying its object ("filled the Lagos
 * streets"), else a city or region modifying a nominal trigger ("a Kabul car bombing"), resolved
 * to a country through the KB. Thread-safe (read-only KB).
 */
final class Locations {
  private static final Set<String> PLACE_NER = Set.of(
      "CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");
  /** Places that name where, not who, when they modify an event noun (a country there is its doer). */
  private static final Set<String> MODIFIER_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
  private final KnowledgeBase kb;

  Locations(KnowledgeBase kb) {
    this.kb = kb;
  }

  Location find(SentenceGraph g, TriggerMatcher.Match m, String text) {
    List<Integer> tokens = new ArrayList<>();
    for (int t : m.tokens()) {
      tokens.add(t);
    }
    Dependency up = g.head(m.head());
    if (up != null && up.relation().equals("nsubj") && g.token(m.head()).isNoun()) {
      tokens.add(up.governor()); // "a protest took place in Quito", "clashes erupted in Tripoli"
    }
    int target = Undergoers.targetNoun(g, m.head());
    for (int subject : target < 0 ? List.<Integer>of() : g.childrenBy(target, "nsubj")) {
      Location loc = place(g, subject, text); // "the port of Aden was the target of an attack"
      loc = loc != null ? loc : modifierPlace(g, subject, text); // "Kandahar airport was the target"
      if (loc != null) {
        return loc;
      }
    }
    for (int t : tokens) {
      for (Dependency d : g.children(t)) {
        String rel = d.relation();
        Location loc = rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at")
            ? place(g, d.dependent(), text)
            : rel.equals("obj") ? modifierPlace(g, d.dependent(), text) : null;
        if (loc != null) {
          return loc; // "in Quito"; "filled the Lagos streets", "stormed the Basra consulate"
        }
      }
    }
    return g.token(m.head()).isNoun() ? modifierPlace(g, m.head(), text) : null;
  }

  /** "a Kabul car bombing", "the Nairobi attack": a city or region named before an event noun. */
  private Location modifierPlace(SentenceGraph g, int noun, String text) {
    for (int c : g.childrenBy(noun, "compound")) {
      if (MODIFIER_NER.contains(g.token(c).ner())) {
        return place(g, c, text);
      }
    }
    return null;
  }

  private Location place(SentenceGraph g, int head, String text) {
    String ner = g.token(head).ner();
    if (!PLACE_NER.contains(ner)) {
      for (int named : g.childrenBy(head, "nmod:of")) { // "in the northern town of Gao"
        if (g.token(head).isNoun() && PLACE_NER.contains(g.token(named).ner())) {
          return place(g, named, text);
        }
      }
      return null;
    }
    int first = head;
    while (first > 0 && g.token(first - 1).ner().equals(ner)) {
      first--;
    }
    int last = head;
    while (last + 1 < g.size() && g.token(last + 1).ner().equals(ner)) {
      last++;
    }
    int start = g.token(first).start();
    int end = g.token(last).end();
    return new Location(text.substring(start, end), country(g, first), start, end);
  }

  private String country(SentenceGraph g, int first) {
    List<String> words = new ArrayList<>(g.size());
    for (int i = 0; i < g.size(); i++) {
      words.add(g.token(i).word());
    }
    List<NameMatch> matches = new ArrayList<>(kb.matchAt(words, first));
    matches.addAll(kb.placesAt(words, first)); // cities: "in Anchorage" → USA
    for (NameMatch nm : matches) {
      if (nm.entityId() != null) {
        // a place is no person: "Lagos" is a city, not the surname of a Chilean president
        String c = kb.entity(nm.entityId()).filter(e -> e.kind() != Entity.Kind.PERSON)
            .map(Entity::country).orElse(null);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }
}
