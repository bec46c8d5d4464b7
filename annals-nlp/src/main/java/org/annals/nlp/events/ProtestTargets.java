package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Whom a protest is against when its clause names no recipient: the author of what it protests.
 * PLOVER (PROTEST): "gather to protest a policy, action, or actor(s)" — the protest is against
 * the recipient. What is protested is the object of a purpose "to protest", or the {@code
 * against}/{@code of}/{@code over} phrase of the trigger or of its "in protest" ("went on strike
 * in protest against the new tax"). Its author is an actor inside that phrase: a possessor
 * ("the president's refusal"), a {@code by} agent ("abuses by the security forces"), a modifier
 * ("government encroachment"); never its {@code of} phrase, the patient of an act ("the arrest of
 * activists"). When the phrase names no author but is a measure of a
 * government ({@code policy-noun}: tax, cut, ban, arrest, law, ruling, ...), the protest is
 * against the government of the protesters' country ({@code protest:policy-author}). Likewise a
 * demand (REQUEST) by anyone but a government that such a measure be dropped, repealed or passed,
 * told in a passive clause that names no doer ("called for the bill to be dropped", "demanded that
 * the curfew be lifted"), is addressed to the government of the asker's country ({@code
 * demand:policy-author}). A protest held at, outside or marching to a foreign state's embassy or
 * consulate ({@code mission-noun}) is against that state ({@code +protest:at-mission}); one held
 * at, outside or around the seat of an authority ({@code seat-sector}, or a {@code seat-noun}
 * such as a ministry of any sector: "outside the police
 * headquarters", "around parliament") is against that authority, the protesters' own included
 * ({@code +protest:at-seat}). The site is read on the trigger and on the verb a participle or
 * "as" clause of the trigger hangs from, two clauses up at most ("gathered outside the ministry,
 * chanting slogans").
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ProtestTargets {
  private static final Set<String> PROTESTED = Set.of(
      "obj", "obl:against", "nmod:against", "nmod:of", "nmod:at", "obl:over", "nmod:over");
  private static final Set<String> AUTHOR = Set.of(
      "nmod:poss", "nmod:by", "nmod:agent", "compound", "amod");
  /** Where a protest stands: "outside the embassy", "marched to the consulate". */
  private static final Set<String> SITE = Set.of("obl:outside", "obl:at", "obl:in_front_of",
      "obl:near", "obl:to", "obl:toward", "obl:towards", "obl:on");
  /** Where a protest stands before an authority's seat ("around the police complex"). */
  private static final Set<String> SEAT_SITE = Set.of("obl:outside", "obl:at", "obl:in_front_of",
      "obl:around", "obl:outside_of", "obl:near");
  /** The clause of a trigger that hangs from the verb naming the site. */
  private static final Set<String> SITE_CLAUSE = Set.of("advcl", "advcl:as", "conj:and", "xcomp");
  /** What names the authority whose seat the site is: itself or its modifier. */
  private static final Set<String> SEAT_OWNER = Set.of("compound", "amod", "nmod:poss", "nmod:of");
  private final Set<String> policies;
  private final Set<String> missions;
  private final Set<String> seatSectors;
  private final Set<String> seatNouns;

  ProtestTargets(WordLists lists) {
    this.policies = lists.get("policy-noun");
    this.missions = lists.get("mission-noun");
    this.seatSectors = lists.get("seat-sector");
    this.seatNouns = lists.get("seat-noun");
  }

  /** Adds the author of what the protest {@code m} is against, when {@code p} has no recipient. */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    if (m.entry().event().equals("REQUEST") && p.recipients.isEmpty()) {
      demand(g, m, p);
      return;
    }
    if (!m.entry().event().equals("PROTEST") || !p.recipients.isEmpty()) {
      return;
    }
    for (int thing : protested(g, m)) {
      ActorRef author = author(g, mentions, thing, p, 0);
      if (author != null) {
        p.recipient(author);
        return;
      }
      ActorRef government = government(g, thing, p, "protest:policy-author");
      if (government != null) {
        p.recipient(government);
        return;
      }
    }
    ActorRef mission = mission(g, mentions, m, p);
    if (mission == null) {
      mission = seat(g, mentions, m, p);
    }
    if (mission != null) {
      p.recipient(mission);
    }
  }

  /**
   * The authority ({@code seat-sector}) at, outside or around whose seat the protest stands:
   * the site itself ("outside parliament") or the site's owner ("the police headquarters").
   */
  private ActorRef seat(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    List<Integer> verbs = new ArrayList<>();
    for (int t : m.tokens()) {
      verbs.add(t);
      Dependency up = g.head(t);
      for (int depth = 0; depth < 2 && up != null && SITE_CLAUSE.contains(up.relation()); depth++) {
        verbs.add(up.governor()); // "gathered outside the ministry, blocking the gates as they chanted"
        up = g.head(up.governor());
      }
    }
    for (int v : verbs) {
      for (Dependency d : g.children(v)) {
        ActorRef r = SEAT_SITE.contains(d.relation()) ? seatOwner(g, mentions, d.dependent(), p) : null;
        if (r != null) {
          return r.withRule(r.rule() + "+protest:at-seat");
        }
      }
    }
    return null;
  }

  private ActorRef seatOwner(SentenceGraph g, Mentions mentions, int site, Participants p) {
    if (missions.contains(g.lemma(site))) {
      return null; // an embassy is its state's only when foreign (mission)
    }
    List<Integer> owners = new ArrayList<>(List.of(site));
    for (Dependency d : g.children(site)) {
      if (SEAT_OWNER.contains(d.relation())) {
        owners.add(d.dependent());
      }
    }
    for (int o : owners) {
      ActorRef r = mentions.ref(o);
      if (r != null && r.country() != null && r.sector() != null
          && (Participants.sectorIn(seatSectors, r) || seatNouns.contains(g.lemma(o)))
          && p.actors.stream().noneMatch(a -> Participants.same(a, r))) {
        return r;
      }
    }
    return null;
  }

  /**
   * The state whose embassy or consulate ({@code mission-noun}) a protest is held at, outside or
   * marches to ("protested outside the Russian embassy"), when it is not the protesters' own.
   */
  private ActorRef mission(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p) {
    for (int t : m.tokens()) {
      for (Dependency d : g.children(t)) {
        ActorRef r = SITE.contains(d.relation()) && missions.contains(g.lemma(d.dependent()))
            ? mentions.ref(d.dependent()) : null;
        if (r != null && r.country() != null && p.actors.stream().noneMatch(a -> r.country().equals(a.country()))) {
          return r.withRule(r.rule() + "+protest:at-mission");
        }
      }
    }
    return null;
  }

  /** The phrases the protest is against, nearest the trigger first. */
  private static List<Integer> protested(SentenceGraph g, TriggerMatcher.Match m) {
    List<Integer> heads = new ArrayList<>();
    for (int t : m.tokens()) {
      heads.add(t);
      for (Dependency d : g.children(t)) { // "in protest against", "to protest"
        if (g.lemma(d.dependent()).equals("protest") && !m.covers(d.dependent())) {
          heads.add(d.dependent());
        }
      }
    }
    List<Integer> things = new ArrayList<>();
    for (int h : heads) {
      boolean purpose = g.lemma(h).equals("protest") && g.token(h).isVerb(); // "to protest the tax"
      for (Dependency d : g.children(h)) {
        if (PROTESTED.contains(d.relation()) && (purpose || !d.relation().equals("obj"))
            && g.token(d.dependent()).isNoun()) {
          things.add(d.dependent());
        }
      }
    }
    return things;
  }

  /** An actor inside the protested phrase (itself, its possessor, its agent, its modifier). */
  private static ActorRef author(SentenceGraph g, Mentions mentions, int t,
      Participants p, int depth) {
    ActorRef r = mentions.ref(t);
    if (r != null && !Participants.same(r, first(p.actors))) {
      return r;
    }
    if (depth >= 2) {
      return null;
    }
    for (Dependency d : g.children(t)) {
      if (AUTHOR.contains(d.relation()) || d.relation().startsWith("acl")) {
        ActorRef found = author(g, mentions, d.dependent(), p, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The government of the protesters' country, for a protested measure with no author named. */
  private ActorRef government(SentenceGraph g, int thing, Participants p, String rule) {
    ActorRef crowd = first(p.actors);
    if (crowd == null || crowd.country() == null || !policies.contains(g.lemma(thing))) {
      return null;
    }
    Token t = g.token(thing);
    return new ActorRef(t.word(), null, crowd.country(), "GOV", crowd.country() + "GOV", null,
        t.start(), t.end(), rule);
  }

  private static final Set<String> CONTENT = Set.of("xcomp", "ccomp", "advcl", "advcl:to");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "when", "after", "before",
      "because", "as", "while", "since");

  /**
   * "called for the bill to be dropped": the government of the asker's country, when the content
   * of a demand by a non-government actor is a passive clause with a measure as its subject and
   * no doer named.
   */
  private void demand(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    ActorRef asker = first(p.actors);
    if (asker == null || "GOV".equals(asker.sector())) {
      return;
    }
    for (Dependency d : g.children(m.head())) {
      int clause = d.dependent();
      if (!CONTENT.contains(d.relation()) || g.childrenBy(clause, "aux:pass").isEmpty()
          || !ParticipantGuards.byDoers(g, clause).isEmpty()
          || g.childrenBy(clause, "mark").stream().anyMatch(k -> CONDITIONS.contains(g.lemma(k)))) {
        continue;
      }
      for (int thing : g.childrenBy(clause, "nsubj:pass")) {
        ActorRef government = government(g, thing, p, "demand:policy-author");
        if (government != null) {
          p.recipient(government);
          return;
        }
      }
    }
  }

  private static ActorRef first(List<ActorRef> refs) {
    return refs.isEmpty() ? null : refs.get(0);
  }
}
