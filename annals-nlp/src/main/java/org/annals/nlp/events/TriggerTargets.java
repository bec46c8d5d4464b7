package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;

/**
 * Whom praise, an objection or a rejection is addressed to when the trigger's own words say it
 * (issue 13, "missing target"; h79): an act of SUPPORT, ACCUSE or REJECT with no recipient after
 * every other rule, whose trigger ends in its preposition ("paid tribute to [X]", "congratulations
 * to [X]", "objection to [X]") or whose trigger word has a "to" phrase (and, for praise, a "for"
 * phrase, "voiced support for [X]", or the subject of a "for ... to" clause the parser hung from
 * the trigger noun, "support for [X's bid] to join"). That phrase's actor, or its possessor's or
 * "of" phrase's, is the recipient (rule {@code +to-phrase} after the resolver's); with none, when
 * every actor is of one country C that is the event's own ({@link DomesticRecipients#basis}: the
 * place's, the scene's or the article's country), an unresolved person or body there (for praise
 * also a matter of C's own: "voiced support for the inquiry") is of C (rule
 * {@code recipient:domestic>ENTRY+to-phrase+BASIS}, as {@link DomesticRecipients}); a foreign
 * place or no basis leaves the event with no recipient. A phrase of another clause (a "to" phrase
 * of the sentence's main verb when the trigger is a quoted noun) is taken only through the
 * trigger's own preposition. A noun whose country is only the scene's is no actor here: it is
 * judged as a person, body or matter.
 *
 * <p>Stateless; thread-safe.
 */
final class TriggerTargets {
  private static final Set<String> TYPES = Set.of("SUPPORT", "ACCUSE", "REJECT");
  private static final Set<String> TO = Set.of("obl:to", "nmod:to");
  private static final Set<String> FOR = Set.of("obl:for", "nmod:for");
  private static final Set<String> OWNER = Set.of("nmod:poss", "nmod:of");
  private static final Set<String> PREPOSITIONS = Set.of("to", "for");
  private static final Set<String> FOR_MARK = Set.of("for");

  /** The instance the event coder uses. */
  static final TriggerTargets BUNDLED = new TriggerTargets();

  private TriggerTargets() {}

  /** Fills a missing recipient of {@code m} from the trigger's to/for phrase. */
  void apply(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      DomesticRecipients domestic, Location loc, String article) {
    LexiconEntry entry = m.entry();
    if (!p.recipients.isEmpty() || p.actors.isEmpty() || !TYPES.contains(entry.event())
        || entry.symmetric() || entry.flags().contains(LexiconEntry.Flag.REVERSED)) {
      return;
    }
    boolean praise = entry.event().equals("SUPPORT");
    for (int c : phrases(g, m, praise)) {
      if (resolved(g, mentions, c, p)) {
        return;
      }
    }
    String country = ArticleCountry.oneState(p.actors);
    if (country == null) {
      return;
    }
    boolean matters = praise && p.actors.stream().noneMatch(PhraseExpansion::countryFromScene);
    for (int c : phrases(g, m, praise)) {
      if (domestic.party(g, c) || matters && domestic.matter(g, c)) {
        String basis = DomesticRecipients.basis(g, mentions, loc, article, country);
        if (basis != null) {
          Token t = g.token(c);
          p.recipient(new ActorRef(t.word(), null, country, null, country, null, t.start(), t.end(),
              "recipient:domestic>" + entry.rule() + "+to-phrase+" + basis));
        }
        return;
      }
    }
  }

  /**
   * The nouns the trigger's preposition governs ("paid tribute to [Luk]") and the to/for phrases
   * of its words (for praise also the subject of a "for ... to" clause the parser hung from the
   * trigger noun: "support for [X's bid] to join"), in order.
   */
  private static List<Integer> phrases(SentenceGraph g, TriggerMatcher.Match m, boolean praise) {
    List<Integer> out = new ArrayList<>();
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

  /** Adds the actor of phrase {@code c} or of its possessor or "of" phrase; whether any was found. */
  /** A common noun whose country is only the scene's: no name and no country word of its own. */
  private static boolean generic(ActorRef r) {
    return r.entity() == null && PhraseExpansion.countryFromScene(r);
  }

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
