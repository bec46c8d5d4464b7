package org.annals.nlp.events;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Triggers that name no new event of the story (issue 13, precision), asked by {@link EventCoder}
 * after {@link BackgroundClauses} and {@link BackReferences}: a series named again as the context
 * of another event ({@link SeriesMentions}), an attack a plot or a plan is for
 * ({@link PlottedActs}), an act only wanted of someone ({@link WishedActs}) and a vote
 * ({@code decision-verb}, h83): how a body or an electorate decides is told by what it decided
 * ("voted to expel the ambassador" is the expulsion, through the entry's {@code delegates}), never
 * as a demand of its own ("the country voted to leave the union" asks nothing of the union); and
 * what a placard, a banner or a slogan asks ({@code sign-noun}, h83: "marched with banners urging
 * the government to resign"), the message of a protest coded by its own trigger, not a request by
 * anyone (the PLOVER manual leaves a protest's demands uncoded). Both still absorb what they ask
 * or decide, so the asked act is not coded as done. A fight between politicians of one country
 * is a political contest ({@link PoliticalContests}, h83). Everyday senses of political-looking verbs
 * ({@link OrdinarySenses}, h94).
 *
 * <p>Stateless; thread-safe.
 */
final class SpuriousGuards {
  private static final Set<String> DECIDING = WordLists.bundled().get("decision-verb");
  private static final Set<String> SIGNS = WordLists.bundled().get("sign-noun");
  /**
   * How a protest's demand hangs from the protest ("blocked roads to demand", "protested and
   * demanded"; the parser often gives "marched on Monday, demanding" as {@code dep}).
   */
  private static final Set<String> PROTEST_LINKS = Set.of("advcl", "xcomp", "conj", "acl", "dep");

  private SpuriousGuards() {}

  /**
   * Whether {@code e}, coded from {@code m}, codes nothing; {@code earlier} are the article's events
   * before this sentence and {@code coded} the sentence's triggers that built an event.
   */
  static boolean absorbed(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, List<CodedEvent> earlier,
      Collection<TriggerMatcher.Match> coded) {
    return SeriesMentions.BUNDLED.absorbed(g, m, e, earlier, coded) || PlottedActs.BUNDLED.plotted(g, m, e)
        || WishedActs.BUNDLED.wished(g, m) || vote(g, m) || signed(g, m) || protestDemand(g, m, coded)
        || PoliticalContests.BUNDLED.contest(m, e) || OrdinarySenses.BUNDLED.ordinary(g, m, e);
  }

  /** A request a sign makes: its subject, or the noun it describes ("placards asking", "banners that urged"). */
  private static boolean signed(SentenceGraph g, TriggerMatcher.Match m) {
    if (!m.entry().event().equals("REQUEST")) {
      return false;
    }
    if (g.hasChildLemma(m.head(), "nsubj", SIGNS)) {
      return true;
    }
    Dependency up = g.head(m.head());
    return up != null && up.governor() >= 0 && up.relation().startsWith("acl") && SIGNS.contains(g.lemma(up.governor()));
  }

  /**
   * A demand of the marchers of a protest coded in the sentence ("teachers marched, demanding higher
   * pay", "farmers blocked roads to demand lower taxes", "protested and demanded its withdrawal", "a
   * rally calling for his release"): the protest's message, told by the protest (h127).
   */
  private static boolean protestDemand(SentenceGraph g, TriggerMatcher.Match m,
      Collection<TriggerMatcher.Match> coded) {
    if (!m.entry().event().equals("REQUEST")) {
      return false;
    }
    Dependency up = g.head(m.head());
    if (up == null || up.governor() < 0 || PROTEST_LINKS.stream().noneMatch(r -> SentenceGraph.matches(up.relation(), r))) {
      return false;
    }
    return coded.stream().anyMatch(p -> p != m && p.entry().event().equals("PROTEST")
        && p.covers(up.governor()));
  }

  /** A demand whose trigger is a decision verb ("voted to leave"): the decided act tells it, if any. */
  private static boolean vote(SentenceGraph g, TriggerMatcher.Match m) {
    return m.entry().event().equals("REQUEST") && DECIDING.contains(g.lemma(m.head()))
        && m.entry().flags().contains(LexiconEntry.Flag.DELEGATES);
  }
}
