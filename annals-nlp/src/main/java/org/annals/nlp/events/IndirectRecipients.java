package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Recipients of requests, concessions, rejections and support named one step away from the
 * trigger (issue 13, "missing target", h70), used by {@link ArgumentFinder} and {@link
 * NestedRecipients}:
 * <ul>
 *   <li>whom a request asks something "from" ({@link #askedFrom}: "asked for an explanation from
 *       Belarus", "issued a subpoena for records from the minister");
 *   <li>who made the thing that is rejected, backed or accepted, named as the trigger's object or
 *       target phrase ({@link #author}: "rejected the plan submitted by the president", "voiced
 *       support for a proposal put forward by Laos"; only {@code authoring-verb} participles, so
 *       not "the man wanted by Interpol");
 *   <li>the objects and target obliques of an event noun's infinitive ({@link #nounComplement}:
 *       "Iran's refusal to hand over the suspects to Britain", "a request to extradite him from
 *       India").
 * </ul>
 * Each adds recipients only, never actors. Stateless; thread-safe.
 */
final class IndirectRecipients {
  /** Verbs whose participle names the author of a plan or an offer (word list). */
  private static final Set<String> AUTHORING = WordLists.bundled().get("authoring-verb");
  private static final Set<String> AUTHOR_RELS = Set.of("obl:agent", "obl:by");

  private IndirectRecipients() {}

  /**
   * "asked for an explanation from Belarus": the "from" phrase of what a request ({@code
   * REQUEST}) is for ({@code thing}). Returns whether any recipient was added.
   */
  static boolean askedFrom(SentenceGraph g, Mentions m, int thing, Participants p) {
    int before = p.recipients.size();
    for (int f : g.childrenBy(thing, "nmod:from")) {
      if (m.ref(f) != null) {
        PhraseExpansion.expand(g, m, f, p, false);
      }
    }
    return p.recipients.size() > before;
  }

  /**
   * "the plan submitted by the president", "the offer made by Russia": the agent of an authoring
   * participle ({@code authoring-verb}) that modifies {@code thing}.
   */
  static void author(SentenceGraph g, Mentions m, int thing, Participants p) {
    for (Dependency d : g.children(thing)) {
      int v = d.dependent();
      if (!d.relation().startsWith("acl") || !g.token(v).pos().equals("VBN") || !AUTHORING.contains(g.lemma(v))) {
        continue;
      }
      for (Dependency a : g.children(v)) {
        if (AUTHOR_RELS.contains(a.relation()) && m.ref(a.dependent()) != null) {
          PhraseExpansion.expand(g, m, a.dependent(), p, false);
        }
      }
    }
  }
}
