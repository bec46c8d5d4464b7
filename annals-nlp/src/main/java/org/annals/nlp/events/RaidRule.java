package org.annals.nlp.events;

import java.util.Locale;
import java.util.Set;
import org.annals.model.Ontology;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A raid by the police is a seizure: an ASSAULT whose trigger head is a word of {@code raid-word}
 * ("a counter-terror police raid", "police raided the flat") and whose actors are all police
 * (sector COP) is COERCE/seize, CAMEO 171 (PLOVER manual, COERCE/seize: "search, confiscate,
 * raid"); a raid by soldiers or rebels stays an ASSAULT.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class RaidRule {
  private final Set<String> words;
  private final LexiconEntry seize;

  RaidRule(Ontology ontology, WordLists lists) {
    this.words = lists.get("raid-word");
    this.seize = LexiconEntry.builtIn("rule.police-raid", new Element(words, Pos.ANY, false), "171",
        ontology, Set.of());
  }

  /** The seizure that {@code m} with participants {@code p} is, or {@code m} itself. */
  TriggerMatcher.Match apply(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    LexiconEntry e = m.entry();
    if (!e.event().equals("ASSAULT") || !words.contains(g.lemma(m.head()).toLowerCase(Locale.ROOT))
        || p.actors.isEmpty() || !p.actors.stream().allMatch(a -> "COP".equals(a.sector()))) {
      return m;
    }
    return m.as(seize);
  }
}
