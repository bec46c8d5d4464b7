package org.annals.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Sentence;
import org.annals.nlp.ActorMention;

/**
 * Persons the knowledge base does not know, named right after the office they hold: "his Greek
 * and Cypriot counterparts, Nikos A and Andreas B, respectively" or "the Ugandan foreign minister,
 * Jane C,". When an office or agent mention of k actors (a group, or one) is followed by a comma
 * and exactly k named persons joined by commas and "and" (then optionally "respectively"), and a
 * person's country came only from the article's context or from nowhere, the i-th person takes
 * the country and sector of the i-th member (rule {@code +apposition-of:}), and the article
 * remembers the surname with it. Stateless; thread-safe.
 */
final class Respectively {
  private static final Set<String> JOINERS = Set.of(",", "and");

  private Respectively() {}

  /** The mentions with each such person paired with its office; the same list when none is. */
  static List<ActorMention> paired(Sentence s, List<ActorMention> mentions, ArticleContext ctx) {
    List<ActorMention> out = new ArrayList<>(mentions);
    for (int g = 0; g < out.size(); g++) {
      ActorMention office = out.get(g);
      int k = office.members().size();
      if (!holds(office.ref()) || g + k >= out.size()) {
        continue;
      }
      List<ActorMention> names = out.subList(g + 1, g + 1 + k);
      if (!listed(s, office, names)) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        ActorMention n = names.get(i);
        ActorRef m = office.members().get(i);
        ActorRef r = n.ref();
        ActorRef fixed = new ActorRef(r.text(), r.name(), m.country(), m.sector(),
            m.country() + (m.sector() == null ? "" : m.sector()), r.entity(), r.start(), r.end(),
            Phrase.withoutContextCountry(r.rule()) + "+apposition-of:" + m.rule());
        names.set(i, new ActorMention(n.sentence(), n.firstToken(), n.lastToken(), n.head(), fixed));
        ctx.rememberPerson(surname(fixed), fixed);
      }
    }
    return out;
  }

  /**
   * An office or agent resolved to a country: "his Greek counterpart", "the Kenyan minister"; also
   * one the KB resolved to the office's holder on the day ("a US State Department spokesperson,
   * Jane Roe,": the name the text gives is who holds it here; rule {@code +role:}).
   */
  private static boolean holds(ActorRef r) {
    return r.country() != null && r.sector() != null && r.rule() != null && !r.rule().startsWith("ner:")
        && (r.entity() == null || !r.entity().startsWith("person/") || r.rule().contains("+role:"));
  }

  /** k unknown persons right after the office, joined by commas and "and", then "," "." or ";". */
  private static boolean listed(Sentence s, ActorMention office, List<ActorMention> names) {
    int at = office.lastToken() + 1;
    if (at >= s.tokens().size() || !s.tokens().get(at).word().equals(",")) {
      return false;
    }
    for (int i = 0; i < names.size(); i++) {
      ActorMention n = names.get(i);
      if (!unknownPerson(n.ref()) || n.group()) {
        return false;
      }
      for (int t = at + (i == 0 ? 1 : 0); t < n.firstToken(); t++) {
        if (i == 0 || !JOINERS.contains(word(s, t))) {
          return false;
        }
      }
      at = n.lastToken() + 1;
    }
    return at >= s.tokens().size() || Set.of(",", ".", ";", "respectively").contains(word(s, at));
  }

  private static boolean unknownPerson(ActorRef r) {
    return r.rule() != null && r.rule().startsWith("ner:person") && r.entity() == null
        && (r.country() == null || r.rule().contains("+country-from-context:"));
  }

  private static String word(Sentence s, int t) {
    return s.tokens().get(t).word().toLowerCase(Locale.ROOT);
  }

  private static String surname(ActorRef r) {
    String name = r.name() != null ? r.name() : r.text();
    return ArticleContext.surnameOf(name);
  }
}
