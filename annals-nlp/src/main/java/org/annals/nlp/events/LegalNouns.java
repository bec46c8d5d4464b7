package org.annals.nlp.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Legal actions named by their nouns (issue 13, session 21, h81: ACCUSE with no trigger): "the
 * allegations against the minister", "a charge of murder against the gunman", "an inquiry into the
 * governor", "the impeachment trial of the former president". For an ACCUSE trigger whose head is
 * a legal noun ({@code legal-noun-court}, {@code legal-noun-legislature}, {@code
 * legal-noun-private}):
 * <ul>
 *   <li>a "by" phrase after the act its "into" or "of" phrase names is that act's doer, the
 *       accused, not the investigator ("an inquiry into bribery by the governor");
 *   <li>with no recipient, the "against" phrase of its "of" phrase names the accused ("a charge of
 *       murder against X", where the parser hangs "against X" on the crime);
 *   <li>with no doer named, the action of a court or a legislature has that authority of the
 *       accused's one country as its doer (a state tries and impeaches its own people; rule
 *       {@code implied-agent:court|legislature>}entry{@code +country-of-patient:}); a private claim
 *       ({@code legal-noun-private}: an allegation, a lawsuit) needs its own doer named;
 *   <li>an entry that names the action by its noun alone ({@code legal-noun-entry}, by id) codes
 *       nothing when no one it is against is named ("an investigation is under way", "the
 *       allegations were serious"): a process mentioned, not an accusation of anyone; such an
 *       entry is also the weakest trigger, giving its noun up to a CAMEO dictionary phrase that
 *       holds it ({@link #yieldToDictionary}: "welcomed the inquiry");
 *   <li>a legal noun asked for ({@code legal-noun-sought}: "called for an inquiry into", "the
 *       demands include an investigation of") or named by a naming verb codes nothing.
 * </ul>
 * A legal noun after "in" ("in charge of the army") names a post, not an action: left as it is.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class LegalNouns {
  /** The rule over the bundled word lists. */
  static final LegalNouns BUNDLED = new LegalNouns(WordLists.bundled());
  private static final String ACCUSE = "ACCUSE";
  /** How an act noun names its doer ("misconduct by X", "X's dealings"). */
  private static final Set<String> DOERS = Set.of("nmod:by", "nmod:agent", "nmod:poss");
  private final Map<String, String> sectorOf;
  private final Set<String> privateNouns;
  private final Set<String> nounEntries;
  private final Set<String> sought;
  private final Set<String> naming;

  LegalNouns(WordLists lists) {
    Map<String, String> sectors = new java.util.HashMap<>();
    lists.get("legal-noun-court").forEach(w -> sectors.put(w, "JUD"));
    lists.get("legal-noun-legislature").forEach(w -> sectors.put(w, "LEG"));
    this.sectorOf = Map.copyOf(sectors);
    this.privateNouns = lists.get("legal-noun-private");
    this.nounEntries = lists.get("legal-noun-entry");
    this.sought = lists.get("legal-noun-sought");
    this.naming = lists.get("naming-verb");
  }

  /**
   * Completes the participants of a legal noun (see the class comment); false when the trigger
   * codes nothing (a noun-only entry against no one named).
   */
  boolean admit(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    int head = m.head();
    String lemma = g.lemma(head);
    if (!ACCUSE.equals(m.entry().event()) || !g.token(head).isNoun()
        || !(sectorOf.containsKey(lemma) || privateNouns.contains(lemma))
        || g.childrenBy(head, "case").stream().anyMatch(c -> g.lower(c).equals("in"))) {
      return true;
    }
    if (sought(g, head)) {
      return false; // "demanded an investigation into the police": asked for, not done
    }
    actOfDoer(g, mentions, head, p);
    if (p.recipients.isEmpty()) {
      against(g, mentions, head, p);
    }
    if (p.recipients.isEmpty()) {
      return !nounEntries.contains(m.entry().id());
    }
    if (p.actors.isEmpty()) {
      implied(g, m, p);
    }
    return true;
  }

  /**
   * Adds the CAMEO dictionary's matches to {@code matches}: a noun-only legal entry ({@code
   * legal-noun-entry}) is the weakest trigger, so its noun stays free for a dictionary phrase that
   * holds it ("welcomed the inquiry", "sent investigators"), which replaces it.
   */
  void yieldToDictionary(SentenceGraph g, List<TriggerMatcher.Match> matches, DictionaryMatcher dictionary) {
    boolean[] used = new boolean[g.size()];
    for (TriggerMatcher.Match m : matches) {
      if (!nounEntries.contains(m.entry().id())) {
        for (int t : m.tokens()) {
          used[t] = true;
        }
      }
    }
    List<TriggerMatcher.Match> found = dictionary.find(g, used);
    matches.removeIf(m -> nounEntries.contains(m.entry().id())
        && found.stream().anyMatch(d -> Arrays.stream(d.tokens()).anyMatch(m::covers)));
    matches.addAll(found);
  }

  /**
   * The accused named outside the noun's own phrase: "a charge of murder against X" (the "against"
   * phrase of its "of" phrase), "an inquiry into misconduct by X", "an investigation into X's
   * dealings" (the doer of the act its "into" phrase names, or its "of" phrase by "by"), "a
   * lawsuit filed by the Senate against X" (the "against" and "by" phrases of a participle on the
   * noun).
   */
  private static void against(SentenceGraph g, Mentions mentions, int head, Participants p) {
    for (int of : g.childrenBy(head, "nmod:of")) {
      g.childrenBy(of, "nmod:against").forEach(c -> PhraseExpansion.expand(g, mentions, c, p, false));
    }
    for (Dependency d : g.children(head)) { // "an inquiry into misconduct by the minister"
      boolean into = d.relation().equals("nmod:into");
      if (p.recipients.isEmpty() && (into || d.relation().equals("nmod:of"))) {
        for (Dependency c : g.children(d.dependent())) {
          // "charges of the journalist's murder": the possessor of a crime charged is its victim
          if (DOERS.contains(c.relation()) && (into || !c.relation().equals("nmod:poss"))) {
            PhraseExpansion.expand(g, mentions, c.dependent(), p, false);
          }
        }
      }
    }
    for (int verb : g.childrenBy(head, "acl")) {
      g.childrenBy(verb, "obl:against").forEach(c -> PhraseExpansion.expand(g, mentions, c, p, false));
      if (!p.recipients.isEmpty() && p.actors.isEmpty()) {
        for (Dependency d : g.children(verb)) {
          if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
            PhraseExpansion.expand(g, mentions, d.dependent(), p, true);
          }
        }
      }
    }
  }

  /**
   * "an investigation into alleged bribery by the president": the parser hangs the "by" phrase of
   * the act investigated or charged on the legal noun, where it would read as the investigator;
   * after an "into" or "of" phrase it names the doer of that act, the accused (a recipient).
   */
  private static void actOfDoer(SentenceGraph g, Mentions mentions, int head, Participants p) {
    int act = -1;
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("nmod:into") || d.relation().equals("nmod:of")) {
        act = Math.max(act, d.dependent());
      }
    }
    for (int by : g.childrenBy(head, "nmod:by")) {
      if (act < 0 || by < act) {
        continue;
      }
      Participants doers = new Participants();
      PhraseExpansion.expand(g, mentions, by, doers, true);
      p.actors.removeIf(a -> doers.actors.stream().anyMatch(d -> Participants.same(a, d)));
      doers.actors.forEach(p::recipient);
    }
  }

  /**
   * Whether the legal action is what someone asks for or judges, not an action taken: the noun
   * hangs from a word of {@code legal-noun-sought} ("called for an inquiry", "demands for an
   * investigation"; "the demands include an investigation": the governor's subject) or is named by a
   * naming verb ("called the investigation a witch hunt").
   */
  private boolean sought(SentenceGraph g, int head) {
    var h = g.head(head);
    if (h == null || h.relation().equals("root")) {
      return false;
    }
    int gov = h.governor();
    if (sought.contains(g.lemma(gov)) || naming.contains(g.lemma(gov)) && h.relation().equals("obj")) {
      return true;
    }
    return g.childrenBy(gov, "nsubj").stream().anyMatch(s -> sought.contains(g.lemma(s)));
  }

  /** The court or legislature of the accused's one country as doer, unless a private claim. */
  private void implied(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    String sector = null;
    for (int t : m.tokens()) {
      String lemma = g.lemma(t);
      if (privateNouns.contains(lemma)) {
        return; // "the allegations against the minister": whose, the text does not say
      }
      String s = sectorOf.get(lemma);
      if (s != null && (sector == null || s.equals("LEG"))) {
        sector = s; // "the impeachment trial": the legislature's
      }
    }
    String country = ArticleCountry.oneState(p.recipients);
    if (sector == null || country == null) {
      return; // accused of several countries, or of none known: whose court, unsaid
    }
    Token t = g.token(m.head());
    p.actor(new ActorRef(t.word(), null, country, sector, country + sector, null, t.start(), t.end(),
        "implied-agent:" + (sector.equals("LEG") ? "legislature" : "court") + ">" + m.entry().rule()
            + "+country-of-patient:" + country));
  }
}
