package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The other party of an accession or a treaty (issue 13, h141, "missing target" on wire news).
 * Runs only for lexicon entries named in two word lists, after the other target stages:
 *
 * <ul>
 *   <li>{@code +treaty:accession} — an accession signed, ratified or joined ({@code
 *       accession-entry}: "signed Budapest's accession document", "will join NATO") with no
 *       recipient outside the actors is done towards the international organisation (country
 *       {@code IGO}) the sentence names, else the latest one the article named before it; with none
 *       named, no recipient ("signed the accession papers for the pension scheme").</li>
 *   <li>{@code +treaty:party} — a treaty ratified, or its ratification stalled ({@code
 *       treaty-party-entry}: "has stalled ratification", "has already ratified it"), with no
 *       recipient outside the actors' countries is done towards the one other country the
 *       sentence names (by name, adjective or capital); with none or several, no recipient. A
 *       recipient of the actors' own country is dropped ("Russia stalled ratification … the Russian
 *       navy").</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe (the caller owns the mention list).
 */
final class TreatyParties {
  /** Resolver rules that name a country by its name, adjective or capital. */
  private static final List<String> NAMED = List.of("kb:country", "kb:adjective", "kb:capital");
  private final Set<String> accession;
  private final Set<String> treaty;
  /** Words of a treaty entry's match that make it an accession ("ratified its accession"). */
  private final Set<String> accessionWords;

  static final TreatyParties BUNDLED = new TreatyParties(WordLists.bundled());

  TreatyParties(WordLists lists) {
    this.accession = lists.get("accession-entry");
    this.treaty = lists.get("treaty-party-entry");
    this.accessionWords = lists.get("accession-noun");
  }

  /** Adds the accession's organisation or the treaty's other party to {@code p}. */
  void fill(SentenceGraph g, TriggerMatcher.Match m, Participants p, List<ActorMention> all) {
    String id = m.entry().id();
    boolean joins = accession.contains(id) || treaty.contains(id) && namesAccession(g, m);
    if (p.actors.isEmpty() || !joins && !treaty.contains(id)
        || p.recipients.stream().anyMatch(r -> p.foreign(r))) {
      return;
    }
    int sentence = g.sentence().index();
    ActorRef found = joins ? organisation(all, sentence, p) : otherParty(all, sentence, p);
    if (found != null) {
      p.recipients.clear();
      p.recipient(found.withRule(found.rule() + (joins ? "+treaty:accession" : "+treaty:party")));
    } else if (!joins) {
      p.recipients.clear(); // "Russia stalled ratification … the Russian navy": no own-country party
    }
  }

  private boolean namesAccession(SentenceGraph g, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      if (accessionWords.contains(g.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** The IGO this sentence names, else the latest one named before it; null when none. */
  private static ActorRef organisation(List<ActorMention> all, int sentence, Participants p) {
    ActorRef latest = null;
    for (ActorMention a : all) {
      if (a.sentence() > sentence) {
        break;
      }
      ActorRef r = a.ref();
      if ("IGO".equals(r.country()) && p.foreign(r)) {
        latest = r;
        if (a.sentence() == sentence) {
          return r;
        }
      }
    }
    return latest;
  }

  /** The one country of another than the actors' this sentence names; null when none or several. */
  private static ActorRef otherParty(List<ActorMention> all, int sentence, Participants p) {
    ActorRef found = null;
    for (ActorMention a : all) {
      ActorRef r = a.ref();
      if (a.sentence() != sentence || r.country() == null || r.country().length() != 3
          || "IGO".equals(r.country()) || !p.foreign(r) || r.rule() == null
          || NAMED.stream().noneMatch(r.rule()::startsWith)) {
        continue;
      }
      if (found != null && !found.country().equals(r.country())) {
        return null; // two others: which is the party is not said
      }
      found = found == null ? r : found;
    }
    return found;
  }
}
