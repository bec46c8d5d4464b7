package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Targets the trigger's own words name (issue 13, "missing target"; h79). Two rules, only for an
 * event with no recipient but a scene guess, never the event's actor:
 *
 * <ul>
 *   <li>{@code +to-phrase} — praise, an objection or a rejection (SUPPORT, ACCUSE, REJECT) is
 *       addressed to the phrase its trigger's own preposition governs ("paid tribute to [X]",
 *       "congratulations to [X]" the parser hung from a speech verb) or a trigger word's "to"
 *       phrase; praise whose words have no object of their own also to their "for" phrase
 *       ("voiced support for [X]"; not "thanked him for his work": the reason) or the subject of a
 *       "for ... to" clause the parser hung from the trigger noun ("support for [X's bid] to
 *       join"). Not for a trigger a built-in naming or verdict rule made ("an insult to X": the
 *       named thing's phrase). That phrase's actor, or its possessor's or "of" phrase's, is the
 *       recipient, taken before {@link DomesticRecipients} reads the trigger's own noun as a
 *       matter at home; after it, with none, when every actor is of one country C that is the
 *       event's own ({@link DomesticRecipients#basis}: the place's, the scene's or the article's),
 *       an unresolved person or body there (for praise also a matter of C's own: "voiced support
 *       for the inquiry") is of C (rule {@code recipient:domestic>ENTRY+to-phrase+BASIS}); a
 *       foreign place or no basis leaves the event with no recipient. A noun whose country is only
 *       the scene's is no actor here: it is judged as a person, body or matter.</li>
 *   <li>{@code +the-accused:} — a definite singular {@code accused-noun} ("the accused", "the
 *       suspect") with no name of its own as an act's object, passive subject or an allegation's
 *       complement subject is the one named person the article's latest earlier charge, arrest or
 *       sentence (ACCUSE, COERCE, SANCTION) was done to; with no such act nothing changes.</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe (the caller owns the list of earlier events).
 */
final class TriggerTargets {
  private static final Set<String> TYPES = Set.of("SUPPORT", "ACCUSE", "REJECT");
  private static final Set<String> TO = Set.of("obl:to", "nmod:to");
  private static final Set<String> FOR = Set.of("obl:for", "nmod:for");
  private static final Set<String> OWNER = Set.of("nmod:poss", "nmod:of");
  private static final Set<String> PREPOSITIONS = Set.of("to", "for");
  private static final Set<String> FOR_MARK = Set.of("for");

  /** Acts that charge, arrest or sentence someone: who "the accused" is. */
  private static final Set<String> CHARGING = Set.of("ACCUSE", "COERCE", "SANCTION");
  /** Where an act names whom it is done to, and where an allegation names whom it accuses. */
  private static final Set<String> PATIENT = Set.of("obj", "iobj", "nsubj:pass");

  /** The instance over the bundled word lists. */
  static final TriggerTargets BUNDLED = new TriggerTargets(WordLists.bundled());
  private final Set<String> accused;

  TriggerTargets(WordLists lists) {
    this.accused = lists.get("accused-noun");
  }

  /**
   * Runs the domestic recipients ({@code domestic}) between this class's rules: "the accused" and
   * a to/for phrase's actor first (they name the party: "support for Serbia's bid" is Serbia's,
   * not a matter at home), then the domestic reading of the object, then that of the to/for phrase.
   */
  void apply(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      DomesticRecipients domestic, Location loc, String article, List<CodedEvent> earlier) {
    if (!theAccused(g, m, p, earlier) && open(m, p)) {
      for (int c : phrases(g, m)) {
        if (resolved(g, mentions, c, p)) {
          break;
        }
      }
    }
    domestic.fill(g, mentions, m, p, loc, article);
    if (open(m, p)) {
      atHome(g, mentions, m, p, domestic, loc, article);
    }
  }

  /** Whether {@code m} is praise, an objection or a rejection with actors and no recipient yet. */
  private static boolean open(TriggerMatcher.Match m, Participants p) {
    LexiconEntry entry = m.entry();
    return p.recipients.isEmpty() && !p.actors.isEmpty() && TYPES.contains(entry.event())
        && !entry.symmetric() && !entry.flags().contains(LexiconEntry.Flag.REVERSED);
  }

  /** An unresolved person or body (for praise, a matter) of the to/for phrase, of the actors' country. */
  private static void atHome(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      DomesticRecipients domestic, Location loc, String article) {
    String country = ArticleCountry.oneState(p.actors);
    if (country == null) {
      return;
    }
    boolean matters = praise(m) && p.actors.stream().noneMatch(PhraseExpansion::countryFromScene);
    for (int c : phrases(g, m)) {
      if (domestic.party(g, c) || matters && domestic.matter(g, c)) {
        String basis = DomesticRecipients.basis(g, mentions, loc, article, country);
        if (basis != null) {
          Token t = g.token(c);
          p.recipient(new ActorRef(t.word(), null, country, null, country, null, t.start(), t.end(),
              "recipient:domestic>" + m.entry().rule() + "+to-phrase+" + basis));
        }
        return;
      }
    }
  }

  private static boolean praise(TriggerMatcher.Match m) {
    return m.entry().event().equals("SUPPORT");
  }

  /**
   * The nouns the trigger's preposition governs ("paid tribute to [Luk]") and the to phrases of
   * its words; for praise whose words have no object of their own (with one, "thanked him for his
   * work", the "for" phrase is the reason) also their "for" phrases and the subject of a "for ...
   * to" clause the parser hung from the trigger noun ("support for [X's bid] to join"); in order.
   * None for a trigger a built-in rule made of a naming or a verdict, whose words are the thing
   * named ("an insult to X").
   */
  private static List<Integer> phrases(SentenceGraph g, TriggerMatcher.Match m) {
    List<Integer> out = new ArrayList<>();
    if (m.entry().id().startsWith("rule.")) {
      return out; // "described the expulsion as an insult to X": the named thing's phrase, not the trigger's
    }
    boolean praise = praise(m) && !objectOutside(g, m);
    for (int t : m.tokens()) {
      if (PREPOSITIONS.contains(g.lower(t))) {
        Dependency h = g.head(t);
        if (h != null && h.relation().equals("case") && h.governor() >= 0 && !m.covers(h.governor())
            && g.token(h.governor()).isNoun()) {
          out.add(h.governor());
        }
      }
      for (Dependency d : g.children(t)) {
        if (praise && d.relation().startsWith("acl") && g.hasChildLemma(d.dependent(), "mark", FOR_MARK)) {
          out.addAll(g.childrenBy(d.dependent(), "nsubj")); // "support for [Ukraine's bid] to join", misparsed
        }
        if ((TO.contains(d.relation()) || praise && FOR.contains(d.relation())) && !m.covers(d.dependent())
            && g.token(d.dependent()).isNoun() && !out.contains(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /** Whether a trigger word has an object of its own ("thanked him for his work": the reason). */
  private static boolean objectOutside(SentenceGraph g, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      for (Dependency d : g.children(t)) {
        if ((d.relation().equals("obj") || d.relation().equals("iobj")) && !m.covers(d.dependent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Police arrested the accused", "alleged the suspect had planned it": a definite singular
   * {@code accused-noun} with no name of its own as the act's object, passive subject or (an
   * allegation's) complement subject, with no recipient but that noun's scene guess, is the one
   * person the latest earlier charge, arrest or sentence of the article was done to (rule {@code
   * +the-accused:} and that act's rule). Whether it was found.
   */
  private boolean theAccused(SentenceGraph g, TriggerMatcher.Match m, Participants p, List<CodedEvent> earlier) {
    if (earlier.isEmpty() || m.entry().symmetric() || p.actors.isEmpty()) {
      return false;
    }
    int phrase = accusedPhrase(g, m);
    if (phrase < 0 || p.recipients.stream().anyMatch(r -> !generic(r))) {
      return false;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedEvent e = earlier.get(i);
      if (!CHARGING.contains(e.event()) || e.recipients().size() != 1 || !Participants.namedPerson(e.recipients().get(0))) {
        continue;
      }
      ActorRef r = e.recipients().get(0);
      if (r.country() == null || p.actors.stream().anyMatch(a -> Participants.same(a, r))) {
        return false;
      }
      p.recipients.clear();
      p.recipient(r.withRule(r.rule() + "+the-accused:" + e.evidence().rule()));
      return true;
    }
    return false;
  }

  /** The token of "the accused" among the trigger's patients, or -1. */
  private int accusedPhrase(SentenceGraph g, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      for (Dependency d : g.children(t)) {
        boolean allegation = m.entry().event().equals("ACCUSE") && d.relation().equals("ccomp");
        List<Integer> heads = allegation ? g.childrenBy(d.dependent(), "nsubj")
            : PATIENT.contains(d.relation()) ? List.of(d.dependent()) : List.of();
        for (int h : heads) {
          if (!m.covers(h) && accusedNoun(g, h)) {
            return h;
          }
        }
      }
    }
    return -1;
  }

  /**
   * "the accused" (which the parser may head by its article), "the suspect": the noun of the list
   * with "the", singular, and no name or other noun after it.
   */
  private boolean accusedNoun(SentenceGraph g, int h) {
    int noun = h;
    if (g.lower(h).equals("the")) {
      noun = h + 1; // "the accused" misparsed as a noun "the" with the participle as its adjective
    } else if (!g.hasChildLemma(h, "det", Set.of("the"))) {
      return false;
    }
    if (noun >= g.size() || !accused.contains(g.lower(noun)) || g.token(noun).pos().endsWith("S")) {
      return false;
    }
    return noun + 1 >= g.size() || !g.token(noun + 1).isNoun();
  }

  /** A common noun whose country is only the scene's: no name and no country word of its own. */
  private static boolean generic(ActorRef r) {
    return r.entity() == null && PhraseExpansion.countryFromScene(r);
  }

  /** Adds the actor of phrase {@code c} or of its possessor or "of" phrase; whether any was found. */
  private static boolean resolved(SentenceGraph g, Mentions mentions, int c, Participants p) {
    List<Integer> candidates = new ArrayList<>(List.of(c));
    for (Dependency o : g.children(c)) {
      if (OWNER.contains(o.relation())) {
        candidates.add(o.dependent());
      }
    }
    for (int x : candidates) {
      ActorRef r = mentions.ref(x);
      if (r != null && !generic(r) && p.actors.stream().noneMatch(a -> Participants.same(a, r))) {
        mentions.refs(x).forEach(a -> p.recipient(a.withRule(a.rule() + "+to-phrase")));
        return true;
      }
    }
    return false;
  }
}
