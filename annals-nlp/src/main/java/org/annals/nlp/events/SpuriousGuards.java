package org.annals.nlp.events;

import java.util.Collection;
import java.util.List;
import org.annals.model.CodedEvent;
import org.annals.nlp.text.SentenceGraph;

/**
 * Triggers that name no new event of the story (issue 13, precision), asked by {@link EventCoder}
 * after {@link BackgroundClauses} and {@link BackReferences}: a series named again as the context
 * of another event ({@link SeriesMentions}), an attack a plot or a plan is for
 * ({@link PlottedActs}) and an act only wanted of someone ({@link WishedActs}).
 *
 * <p>Stateless; thread-safe.
 */
final class SpuriousGuards {
  private SpuriousGuards() {}

  /**
   * Whether {@code e}, coded from {@code m}, codes nothing; {@code earlier} are the article's events
   * before this sentence and {@code coded} the sentence's triggers that built an event.
   */
  static boolean absorbed(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, List<CodedEvent> earlier,
      Collection<TriggerMatcher.Match> coded) {
    return SeriesMentions.BUNDLED.absorbed(g, m, e, earlier, coded) || PlottedActs.BUNDLED.plotted(g, m, e)
        || WishedActs.BUNDLED.wished(g, m);
  }
}
