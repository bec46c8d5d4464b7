package org.annals.nlp.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Backing of an armed group told by a speaker of another state (issue 13, helper h103, type
 * confusion ACCUSE → SUPPORT): "the militia is funded by Eritrea, according to the Kenyan
 * minister" is the minister's charge against Eritrea, not an act of support the article reports
 * (the gold codes ACCUSE allege, speaker → backer; the alleged backing itself is not coded). A
 * SUPPORT or AID event whose trigger is a {@code backing-verb} (back, fund, arm, ...), whose
 * recipient is a non-state armed group ({@code armed-group-sector}: REB, INS, UAF, SEP) and which
 * a speaker of a known country tells ("according to X", or X the subject of a {@code speech-verb}
 * whose complement or parenthetical the trigger is), when none of the backers is of the speaker's
 * country, is coded as that speaker's accusation of the backers (rule {@code +alleged-backing}). A
 * backer that says it backs the group itself keeps its SUPPORT.
 *
 * <p>Word lists read once; stateless otherwise; thread-safe.
 */
final class AllegedBacking {
  static final AllegedBacking BUNDLED = new AllegedBacking(WordLists.bundled());
  private static final Set<String> TYPES = Set.of("SUPPORT", "AID");
  private static final Set<String> UP = Set.of("ccomp", "parataxis", "conj", "xcomp");
  private static final int REACH = 3;

  private final Set<String> backing;
  private final Set<String> armed;
  private final Set<String> speech;

  AllegedBacking(WordLists lists) {
    this.backing = lists.get("backing-verb");
    this.armed = lists.get("armed-group-sector");
    this.speech = lists.get("speech-verb");
  }

  /**
   * The speaker's ACCUSE allege against the backers when {@code c}, as coded from {@code m}'s own
   * entry, is a backing this class covers, with {@code p} turned accordingly; else {@code c}.
   */
  Codings.Coding apply(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p,
      Codings.Coding c) {
    ActorRef accuser = accuser(g, mentions, m, p);
    if (accuser == null || !c.event().equals(m.entry().event())) {
      return c;
    }
    p.doersJudged();
    p.actors.add(accuser);
    return new Codings.Coding("ACCUSE", "allege", "112", c.rule() + "+alleged-backing", Map.of(), c.modality());
  }

  /** The speaker who alleges the backing coded at {@code m} with {@code p}, or null (class comment). */
  private ActorRef accuser(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    if (!TYPES.contains(m.entry().event()) || !backing.contains(g.lemma(m.head())) || p.actors.isEmpty()
        || p.recipients.stream().noneMatch(r -> r.sector() != null && armed.contains(r.sector().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    ActorRef speaker = according(g, mentions);
    if (speaker == null) {
      speaker = speechSubject(g, mentions, m.head());
    }
    if (speaker == null || speaker.country() == null || speaker.country().isEmpty()) {
      return null;
    }
    String home = speaker.country();
    return p.actors.stream().anyMatch(a -> a.country() == null || home.equals(a.country())) ? null : speaker;
  }

  /** The actor after "according to" in the sentence, or null. */
  private static ActorRef according(SentenceGraph g, Mentions mentions) {
    int i = AttributionRules.according(g);
    for (int j = i + 2; i >= 0 && j < g.size() && j < i + 8 && !g.token(j).pos().equals(","); j++) {
      if (mentions.ref(j) != null) {
        return mentions.ref(j);
      }
    }
    return null;
  }

  /** The subject of a speech verb above the trigger's clause or hung from it as a parenthetical. */
  private ActorRef speechSubject(SentenceGraph g, Mentions mentions, int head) {
    int t = head;
    for (int step = 0; step <= REACH; step++) {
      for (Dependency d : g.children(t)) {
        if (d.relation().startsWith("parataxis") && speaks(g, d.dependent())) {
          return subject(g, mentions, d.dependent());
        }
      }
      Dependency h = g.head(t);
      if (h == null || h.governor() < 0 || UP.stream().noneMatch(u -> h.relation().startsWith(u))) {
        return null;
      }
      t = h.governor();
      if (speaks(g, t) && (h.relation().startsWith("ccomp") || h.relation().startsWith("parataxis"))) {
        return subject(g, mentions, t);
      }
    }
    return null;
  }

  private boolean speaks(SentenceGraph g, int t) {
    return speech.contains(g.lemma(t)) && g.token(t).isVerb();
  }

  private static ActorRef subject(SentenceGraph g, Mentions mentions, int verb) {
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    return subjects.isEmpty() ? null : mentions.ref(subjects.get(0));
  }
}
