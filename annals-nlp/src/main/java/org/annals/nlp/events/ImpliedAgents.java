package org.annals.nlp.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Location;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The authority that did a domestic state act the text reports without its doer (issue 13,
 * "source wrong"; h71): an act only a state's courts, police, government or legislature do, told
 * of its patient (a reversed entry, the subject undergoes it: "faces a life sentence", "would face
 * trial", "pleaded guilty", "turned himself in") or in the agentless passive ("her sentence was
 * commuted", "the case was thrown out", "the bill was suspended", "was held in custody",
 * "subpoenas are to be issued", "was impeached"). Which lexicon entries are such acts is data,
 * listed by entry id in word-lists.tsv: {@code implied-agent-court} (JUD), {@code
 * implied-agent-police} (COP), {@code implied-agent-state} (GOV), {@code
 * implied-agent-legislature} (LEG); a trigger holding a word of {@code implied-agent-private}
 * ("faces allegations", "a lawsuit") is a private party's claim, not a state act. Arrests,
 * convictions, sanctions and expulsions named by their own verbs stay {@link ImpliedDoer}'s.
 *
 * <p>The authority is of the place the act happened in ({@code +country-from-place:}), else of
 * the one country of its patients ({@code +country-of-patient:}: a state tries, jails and pardons
 * its own people), else, for an act with no patient named ("the bill was suspended"), of the
 * article's one country ({@link ArticleCountry}, {@code +country-from-article:}). Patients of
 * several countries, or of none known, imply nothing rather than a wrong country; so does an
 * event with an actor or a doer named by "by". Measured and left out: the article's country for a
 * patient of no known country (tune sentences lose one, check articles unchanged), and filling
 * the country of {@link ImpliedDoer}'s police or court from a patient placed only later by the
 * scene (check articles lose one). Rule {@code implied-agent:court|police|state|legislature>} the
 * entry's rule, then the basis.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class ImpliedAgents {
  /** The sector each list's authority is of. */
  private static final Map<String, String> SECTORS = Map.of("implied-agent-court", "JUD",
      "implied-agent-police", "COP", "implied-agent-state", "GOV", "implied-agent-legislature", "LEG");
  private static final Map<String, String> KINDS = Map.of("JUD", "court", "COP", "police", "GOV", "state",
      "LEG", "legislature");
  /** The rule over the bundled word lists. */
  static final ImpliedAgents BUNDLED = new ImpliedAgents(WordLists.bundled());
  /** The sector of the authority each listed lexicon entry (by id) implies. */
  private final Map<String, String> sectorOf;
  private final Set<String> privateWords;

  /**
   * The ids of the lexicon entries whose doer an authority is implied for (the fast profile's gate
   * needs no named actor in their sentence).
   */
  public static Set<String> entryIds(WordLists lists) {
    return new ImpliedAgents(lists).sectorOf.keySet();
  }

  ImpliedAgents(WordLists lists) {
    Map<String, String> sectors = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : SECTORS.entrySet()) {
      for (String id : lists.get(e.getKey())) {
        sectors.put(id, e.getValue());
      }
    }
    this.sectorOf = Map.copyOf(sectors);
    this.privateWords = lists.get("implied-agent-private");
  }

  /**
   * Adds the implied authority to {@code p} when {@code m} is such an act with no actor; {@code loc}
   * is the event's place (or null), {@code article} the article's one country (or null).
   */
  void fill(SentenceGraph g, TriggerMatcher.Match m, Participants p, Location loc, String article) {
    LexiconEntry entry = m.entry();
    String sector = sectorOf.get(entry.id());
    if (sector == null || !p.actors.isEmpty() || privateClaim(g, m)) {
      return;
    }
    boolean reversed = entry.flags().contains(LexiconEntry.Flag.REVERSED);
    if (reversed ? p.recipients.isEmpty() : !agentlessPassive(g, m)) {
      return; // "faces trial" needs who faces it; "dropped the charges" names its doer
    }
    String basis = basis(p.recipients, loc, article);
    if (basis == null) {
      return;
    }
    String country = basis.substring(basis.indexOf(':') + 1);
    Token t = g.token(m.head());
    p.actor(new ActorRef(t.word(), null, country, sector, country + sector, null, t.start(), t.end(),
        "implied-agent:" + KINDS.get(sector) + ">" + entry.rule() + "+" + basis));
  }

  /** Where the authority's country comes from and what it is ("country-of-patient:CAN"), or null. */
  private static String basis(List<ActorRef> patients, Location loc, String article) {
    if (loc != null && ArticleCountry.state(loc.country())) {
      return "country-from-place:" + loc.country();
    }
    if (!patients.isEmpty()) {
      String one = ArticleCountry.oneState(patients);
      // "a Dutch and a Belgian citizen face trial": whose court is not said
      return one == null ? null : "country-of-patient:" + one;
    }
    return article == null ? null : "country-from-article:" + article;
  }

  /** "faces allegations", "a lawsuit was thrown out": a private party's claim among the words. */
  private boolean privateClaim(SentenceGraph g, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      if (privateWords.contains(g.lemma(t))) {
        return true;
      }
    }
    return false;
  }

  /** A verb of the trigger in the passive (or a reduced passive) with no "by" doer. */
  private static boolean agentlessPassive(SentenceGraph g, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      if (g.token(t).pos().startsWith("VB") && ArgumentFinder.passiveOrReduced(g, t)) {
        return ParticipantGuards.byDoers(g, t).isEmpty();
      }
    }
    return false;
  }
}
