package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Token;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A directive to the public told in the agentless passive: "residents were told to stay indoors",
 * "households were asked to fly a flag", "villagers were urged to leave" — a REQUEST by the
 * authorities of the country whose people were told (sector GOV, rule {@code implied:authority>}
 * + the trigger's rule), as PLOVER codes such reports. It applies only when the directive verb
 * ({@code directive-verb}) is passive with no "by", has an infinitive complement, and its subject
 * is the public ({@code public-noun}: residents, households, citizens, …) of a country the text
 * gives (the subject's own mention, or an actor mention inside the subject phrase); else nothing
 * is implied. A directive verb no lexicon entry took ("were told to") is a trigger of its own
 * ({@code rule.public-directive}, REQUEST 100). "He was asked to resign", "journalists were told
 * to leave" and "residents were told that the water was safe" are left alone.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class PublicDirectives {
  static final LexiconEntry ENTRY = new LexiconEntry("rule.public-directive",
      List.of(new Element(Set.of("tell"), Pos.VERB, false)),
      "REQUEST", null, List.of(), "100", EnumSet.noneOf(LexiconEntry.Flag.class),
      "built-in rule (word lists " + WordLists.BUNDLED + ")");
  private final Set<String> verbs;
  private final Set<String> publics;

  PublicDirectives(WordLists lists) {
    this.verbs = lists.get("directive-verb");
    this.publics = lists.get("public-noun");
  }

  /** Directive verbs no entry took, told to the public in the agentless passive ("were told to"). */
  List<TriggerMatcher.Match> find(SentenceGraph g, boolean[] triggerTokens) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (!triggerTokens[v] && g.token(v).isVerb() && directive(g, v) >= 0) {
        out.add(new TriggerMatcher.Match(ENTRY, new int[] {v}, v));
      }
    }
    return out;
  }

  /**
   * Adds the authorities as the actor of a REQUEST told to the public in the agentless passive,
   * and the public as its recipient when none was found.
   */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    int subject = "REQUEST".equals(m.entry().event()) && p.actors.isEmpty() ? directive(g, m.head()) : -1;
    if (subject < 0) {
      return;
    }
    String country = country(g, mentions, subject);
    if (country == null) {
      return; // no country given: nothing rather than a guess
    }
    Token t = g.token(m.head());
    p.actor(new ActorRef(t.word(), null, country, "GOV", country + "GOV", null, t.start(), t.end(),
        "implied:authority>" + m.entry().rule()));
    if (p.recipients.isEmpty()) {
      Token s = g.token(subject);
      ActorRef named = mentions.ref(subject);
      p.recipient(named != null && country.equals(named.country()) ? named
          : new ActorRef(s.word(), null, country, "CVL", country + "CVL", null, s.start(), s.end(),
              "public:" + m.entry().rule() + "+country:" + country));
    }
  }

  /**
   * The subject of verb {@code v} when it is a directive to the public in the agentless passive
   * with an infinitive complement, else -1.
   */
  private int directive(SentenceGraph g, int v) {
    if (!verbs.contains(g.lemma(v)) || g.childrenBy(v, "aux:pass").isEmpty()
        || !ParticipantGuards.byDoers(g, v).isEmpty() || g.childrenBy(v, "xcomp").isEmpty()) {
      return -1;
    }
    for (int s : g.childrenBy(v, "nsubj:pass")) {
      if (publics.contains(g.lemma(s)) || publics.contains(g.lower(s))) {
        return s;
      }
    }
    return -1;
  }

  /**
   * The country of the public: its own mention's, else that of a mention of people (sector CVL)
   * inside its phrase ("households with an unvaccinated person"); a place or a state named in it
   * ("residents near the Lebanese border") gives none.
   */
  private static String country(SentenceGraph g, Mentions mentions, int subject) {
    ActorRef own = mentions.ref(subject);
    if (own != null) {
      return own.country();
    }
    for (int d : descendants(g, subject)) {
      ActorRef r = mentions.ref(d);
      if (r != null && r.country() != null && "CVL".equals(r.sector())) {
        return r.country();
      }
    }
    return null;
  }

  private static List<Integer> descendants(SentenceGraph g, int head) {
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(head));
    while (!todo.isEmpty() && out.size() < 40) {
      int t = todo.remove(todo.size() - 1);
      g.children(t).forEach(d -> {
        out.add(d.dependent());
        todo.add(d.dependent());
      });
    }
    return out;
  }
}
