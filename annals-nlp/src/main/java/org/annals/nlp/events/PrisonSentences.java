package org.annals.nlp.events;

import java.util.Optional;
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
  /** "sentenced to serve 30 months in prison" ("spend ... in jail" is coerce.arrest's). */
  private static final Set<String> SERVE = Set.of("serve");
  private final Set<String> imprisonment;

  PrisonSentences(WordLists lists) {
    this.imprisonment = lists.get("imprisonment-word");
  }

  /** The imprisonment beside {@code e}, coded from {@code m}, when it is a sentence to prison. */
  Optional<CodedEvent> jailing(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, Ontology ontology) {
    if (!m.entry().id().equals(CONVICT) || !e.event().equals(m.entry().event()) // not read as an intent
        || !g.lemma(m.head()).equals("sentence") || !toPrison(g, m.head())) {
      return Optional.empty();
    }
    Ontology.CameoCode code = ontology.cameo(ARREST).orElseThrow();
    return Optional.of(new CodedEvent(CodedEvent.makeId(e.evidence().article(),
        e.evidence().trigger().start(), code.ploverEvent()), code.ploverEvent(), code.ploverMode(),
        e.context(), ARREST, code.quadClass(), code.goldstein(), e.actors(), e.recipients(),
        e.symmetric(), e.date(), e.location(), e.attributes(), e.modality(), e.attribution(),
        e.evidence().withRuleSuffix("+prison-sentence"), e.confidence()));
  }

  /**
   * Whether the verb's "to" phrase names a prison term: "to six years", "to life in prison"; or its
   * infinitive "to serve" takes one as object or oblique ("to serve 30 months in prison").
   */
  private boolean toPrison(SentenceGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (TO.contains(d.relation()) && term(g, d.dependent())) {
        return true;
      }
      if (d.relation().equals("xcomp") && SERVE.contains(g.lemma(d.dependent())) && g.children(d.dependent())
          .stream().anyMatch(c -> (c.relation().equals("obj") || c.relation().startsWith("obl"))
              && term(g, c.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** A prison word, or a phrase with one in its "nmod": "six years", "life in prison". */
  private boolean term(SentenceGraph g, int token) {
    return prison(g, token) || g.children(token).stream()
        .anyMatch(c -> c.relation().startsWith("nmod") && prison(g, c.dependent()));
  }

  private boolean prison(SentenceGraph g, int token) {
    return imprisonment.contains(g.lemma(token).toLowerCase(java.util.Locale.ROOT));
  }
}
