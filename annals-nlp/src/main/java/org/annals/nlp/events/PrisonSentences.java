package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Ontology;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A sentence to imprisonment is also an imprisonment: the PLOVER manual codes court sentences
 * that include imprisonment as SANCTION/convict and also COERCE/arrest (mode "convict"). So a
 * conviction coded from the verb "sentence" whose "to" phrase names a prison term ("sentenced him
 * to six years in prison", "was sentenced to life", "sentenced to 30 months"; word list {@code
 * imprisonment-word}) gains a second event beside it: COERCE/arrest (CAMEO 173) with the same
 * participants, modality and trigger, rule {@code +prison-sentence}. A sentence to death, to a fine
 * or to community service, or one that names no penalty ("was sentenced on Friday"), stays the
 * conviction only.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class PrisonSentences {
  static final PrisonSentences BUNDLED = new PrisonSentences(WordLists.bundled());
  private static final String CONVICT = "sanction.convict";
  private static final String ARREST = "173";
  private static final Set<String> TO = Set.of("obl:to", "nmod:to");
  private final Set<String> imprisonment;

  PrisonSentences(WordLists lists) {
    this.imprisonment = lists.get("imprisonment-word");
  }

  /** {@code coded} (one sentence's events) with an imprisonment beside each sentence to prison. */
  List<CodedEvent> add(SentenceGraph g, List<TriggerMatcher.Match> matches, List<CodedEvent> coded,
      Ontology ontology) {
    List<CodedEvent> out = new ArrayList<>(coded.size());
    for (CodedEvent e : coded) {
      out.add(e);
      TriggerMatcher.Match m = matchOf(g, matches, e);
      if (m != null && m.entry().id().equals(CONVICT) && g.lemma(m.head()).equals("sentence")
          && toPrison(g, m.head())) {
        Ontology.CameoCode code = ontology.cameo(ARREST).orElseThrow();
        out.add(new CodedEvent(CodedEvent.makeId(e.evidence().article(),
            e.evidence().trigger().start(), code.ploverEvent()), code.ploverEvent(),
            code.ploverMode(), e.context(), ARREST, code.quadClass(), code.goldstein(), e.actors(),
            e.recipients(), e.symmetric(), e.date(), e.location(), e.attributes(), e.modality(),
            e.attribution(), e.evidence().withRuleSuffix("+prison-sentence"), e.confidence()));
      }
    }
    return out;
  }

  private static TriggerMatcher.Match matchOf(SentenceGraph g, List<TriggerMatcher.Match> matches,
      CodedEvent e) {
    int start = e.evidence().trigger().start();
    for (TriggerMatcher.Match m : matches) {
      if (m.entry().event().equals(e.event()) && g.token(m.first()).start() == start) {
        return m;
      }
    }
    return null;
  }

  /** Whether the verb's "to" phrase names a prison term: "to six years", "to life in prison". */
  private boolean toPrison(SentenceGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (TO.contains(d.relation()) && (prison(g, d.dependent()) || g.children(d.dependent())
          .stream().anyMatch(c -> c.relation().startsWith("nmod") && prison(g, c.dependent())))) {
        return true;
      }
    }
    return false;
  }

  private boolean prison(SentenceGraph g, int token) {
    return imprisonment.contains(g.lemma(token).toLowerCase(java.util.Locale.ROOT));
  }
}
