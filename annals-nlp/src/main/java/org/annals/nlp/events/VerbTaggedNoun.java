package org.annals.nlp.events;

import org.annals.nlp.text.SentenceGraph;

/**
 * A verb the tagger took for a plural noun ("if the House votes to impeach", "the council plans
 * to"): a noun with a subject of its own and no copula (a predicate noun, "it is time to", "X is
 * the way of", has one). Its subject is then the subject of the clause it governs, as a verb's
 * would be (issue 13, "source wrong"; h72). Stateless; thread-safe.
 */
final class VerbTaggedNoun {
  private VerbTaggedNoun() {}

  static boolean is(SentenceGraph g, int noun) {
    return g.token(noun).isNoun() && !g.childrenBy(noun, "nsubj").isEmpty()
        && g.childrenBy(noun, "cop").isEmpty();
  }
}
