package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The "with" phrase of agreeing with a view or with someone's view (issue 13, helper h85; a part
 * of {@link ViewsAndLabels}' concurrence): "agreed with the assessment of the envoy", "agreed
 * with critics", "said he agreed with Merkel". PLOVER's AGREE is agreeing <em>to do</em>
 * something; agreeing with an opinion is no event. The partner is a {@code view-noun} (assessment,
 * view, analysis, critic, ...) or a person named or referred to (a proper noun or a pronoun); a
 * verb that also has something to do (an infinitive, an object, "on"/"to" a deal, a that-clause
 * with "will"/"would") stays an agreement: "agreed with Japan to build a port", "agreed with
 * Russia on a prisoner exchange", "agreed with the plan" (no view noun: accepting a proposal).
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ConcurringPartner {
  private static final Set<String> PERSON_TAGS = Set.of("NNP", "NNPS", "PRP");

  private final Set<String> views;

  ConcurringPartner(WordLists lists) {
    this.views = lists.get("view-noun");
  }

  /** Whether dependency {@code d} of a concur verb is a "with" phrase naming a view or a person. */
  boolean partner(SentenceGraph g, Dependency d) {
    if (!d.relation().equals("obl:with")) {
      return false;
    }
    int n = d.dependent();
    return views.contains(g.lemma(n)) || PERSON_TAGS.contains(g.token(n).pos());
  }

  /** Whether verb {@code h} has such a "with" phrase. */
  boolean any(SentenceGraph g, int h) {
    return g.children(h).stream().anyMatch(d -> partner(g, d));
  }
}
