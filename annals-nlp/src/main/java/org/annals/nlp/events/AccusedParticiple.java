package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;

/**
 * The accused of a bare past participle of an accusation hung on another clause (issue 13, h69,
 * "source wrong": the accused made the accuser): "X appeared in court on Monday, charged with
 * spying", "X was arrested in Lyon, accused of smuggling weapons". The participle has no subject,
 * auxiliary, "if"/"once" or "by" phrase of its own, so the argument finder gives it the subject of
 * the clause it hangs on, who is the one accused: those actors become the recipients (the object
 * of that clause instead when it has one: "police detained a man, suspected of spying"), and the doer
 * is the one such a passive implies, a court of the country of the place the event happened in
 * (set later by {@link ImpliedDoer#located}), else of the article's one country ({@link
 * ArticleCountry}, {@code +country-from-article:}), else of unknown country, never the accused's
 * (rule {@code implied:court>accused-participle>} the entry's rule; recipients {@code
 * +accused-participle}).
 *
 * <p>Stateless; thread-safe.
 */
final class AccusedParticiple {
  private static final Set<String> OWN = Set.of("mark", "cop", "nsubj", "nsubj:pass", "aux", "aux:pass", "obj");

  private AccusedParticiple() {}

  /** Turns the borrowed subject of such a participle into its recipients; whether it did. */
  static boolean apply(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      String article) {
    int v = m.head();
    if (!"ACCUSE".equals(m.entry().event()) || !p.recipients.isEmpty() || p.actors.isEmpty()
        || !bare(g, v)) {
      return false;
    }
    List<ActorRef> accused = List.copyOf(p.actors);
    p.actors.clear();
    List<Integer> objects = g.childrenBy(g.head(v).governor(), "obj");
    if (!objects.isEmpty()) { // "police detained a man, suspected of spying": the man, not the police
      objects.forEach(o -> PhraseExpansion.expand(g, mentions, o, p, false));
      accused = List.copyOf(p.recipients);
      p.recipients.clear();
    }
    for (ActorRef a : accused) {
      p.recipient(a.withRule(a.rule() + "+accused-participle"));
    }
    Token t = g.token(v);
    String rule = "implied:court>accused-participle>" + m.entry().rule()
        + (article == null ? "" : ImpliedDoer.FROM_ARTICLE + article);
    p.actor(new ActorRef(t.word(), null, article, "JUD", (article == null ? "---" : article) + "JUD", null,
        t.start(), t.end(), rule));
    return true;
  }

  /** A past participle hung on another clause, with no subject, auxiliary, mark or doer of its own. */
  private static boolean bare(SentenceGraph g, int v) {
    Dependency h = g.head(v);
    if (!g.token(v).pos().equals("VBN") || h == null || h.governor() < 0
        || !(h.relation().startsWith("advcl") || h.relation().equals("xcomp") || h.relation().equals("dep"))) {
      return false;
    }
    return g.children(v).stream().noneMatch(d -> OWN.contains(d.relation()))
        && ParticipantGuards.byDoers(g, v).isEmpty();
  }
}
