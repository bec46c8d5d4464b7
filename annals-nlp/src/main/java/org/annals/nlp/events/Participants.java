package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.nlp.text.WordLists;

/**
 * The actors and recipients found for one trigger, with how they were found. Mutable builder
 * used within one call; not shared.
 */
final class Participants {
  private static final Set<String> FORCES = Set.of("MIL", "COP", "PRM");
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "PRM");
  /** Words that make a phrase the doer's own ("his side", "its troops"; {@code possessive-determiner}). */
  private static final Set<String> POSSESSIVE = WordLists.bundled().get("possessive-determiner");
  final List<ActorRef> actors = new ArrayList<>();
  final List<ActorRef> recipients = new ArrayList<>();
  boolean surfaceFallback;
  /**
   * A subject such as "they", "the two leaders" or "the ministers" that refers back to a group
   * named earlier ({@link GroupMemory}).
   */
  boolean anaphor;
  /** How many the anaphor's number word says ("the two nations": 2), or 0 when it says none. */
  int anaphorCount;
  /** Whether the anaphor is a pronoun ("they", "their") rather than a noun phrase. */
  boolean anaphorPronoun;
  /** The anaphor's words for the rule, lower case and joined by dashes ("the-two-nations"). */
  String anaphorWords = "";
  /** What the actor resolver made of those words (its last group for "they"). */
  final List<ActorRef> anaphorRefs = new ArrayList<>();
  /**
   * Actors read off an adjective of the event noun whose country was only the scene's ("a
   * military offensive"; {@link NounModifiers}): dropped when the event names a doer of another
   * country in its own words.
   */
  final List<ActorRef> kindGuesses = new ArrayList<>();
  /**
   * Whether the event noun's modifier names an unidentified attacker of no country of its own
   * ("terrorist bombings"; {@link NounModifiers}): no actor is then sought on the surface.
   */
  boolean unnamedAttacker;

  void actor(ActorRef r) {
    add(actors, r);
  }

  void recipient(ActorRef r) {
    add(recipients, r);
  }

  /**
   * The doers become the ones the event is about, with no doer left: "[the regime] treats
   * journalists with contempt" judges its subject; "the rebels are backed by Iran, the minister
   * said" accuses the backers. The caller then finds who speaks.
   */
  void doersJudged() {
    recipients.clear();
    recipients.addAll(actors);
    actors.clear();
  }

  /**
   * A refused joint act ("will not hold talks with Kosovo's leaders"): the first-named side refuses,
   * the others are the ones refused.
   */
  void refusedBy() {
    if (actors.size() < 2) {
      return;
    }
    List<ActorRef> sides = new ArrayList<>(actors);
    sides.sort(java.util.Comparator.comparingInt(ActorRef::start));
    actors.clear();
    actors.add(sides.get(0));
    sides.subList(1, sides.size()).forEach(this::recipient);
  }

  private static void add(List<ActorRef> list, ActorRef r) {
    for (ActorRef x : list) {
      if (same(x, r)) {
        return;
      }
    }
    list.add(r);
  }

  /**
   * The people of an event's place as a participant (civilians of its country, rule {@code
   * place-target>} the place's rule), or null when the place is not named or of no known country.
   */
  static ActorRef peopleOf(org.annals.model.Location loc) {
    if (loc == null || loc.country() == null || loc.text() == null) {
      return null;
    }
    return new ActorRef(loc.text(), null, loc.country(), "CVL", loc.country() + "CVL", null,
        loc.start(), loc.end(), "place-target>" + loc.rule());
  }

  static boolean same(ActorRef a, ActorRef b) {
    if (a.entity() != null && a.entity().equals(b.entity())
        && java.util.Objects.equals(a.sector(), b.sector())) {
      return true; // not "Turkish police" and "Turkish journalists": one country, two actors
    }
    // one span is one actor, except the members of a group ("the ministers of Kenya and Uganda")
    return a.start() == b.start() && a.end() == b.end()
        && java.util.Objects.equals(a.country(), b.country());
  }

  private static boolean possessed(ActorRef r) {
    String text = r.text() == null ? "" : r.text().toLowerCase(java.util.Locale.ROOT);
    int space = text.indexOf(' ');
    return POSSESSIVE.contains(space > 0 ? text.substring(0, space) : text);
  }

  /** Symmetric events: everybody acts, nobody receives. */
  void makeSymmetric() {
    for (ActorRef r : recipients) {
      actor(r);
    }
    recipients.clear();
  }

  /**
   * Drops recipients that are also actors, and recipients of an actor's own country when one of
   * another country is named. An accusation ({@code judged}) keeps the actor's own forces unless
   * a possessive makes them its own: "the commission accused the police of abductions" judges
   * them; "lamented his side's loss" does not.
   */
  void dedupe(boolean judged) {
    recipients.removeIf(r -> actors.stream().anyMatch(a -> same(a, r)));
    // "India deployed troops", "Israel withdrew its troops": the actor's own forces are what it
    // moves, not whom it acts on
    recipients.removeIf(r -> (!judged || possessed(r)) && r.sector() != null && FORCES.contains(r.sector())
        && actors.stream().anyMatch(a -> a.country() != null && a.country().equals(r.country())
            && (a.sector() == null || STATE.contains(a.sector()))));
    if (!actors.isEmpty() && recipients.stream().anyMatch(this::foreign)) {
      // "Palestinians blamed Israel for the bombing in the West Bank": when a recipient of
      // another country is named, the actor's own country is a place or a possessor, not the target
      recipients.removeIf(r -> actors.stream().anyMatch(a -> a.country() != null
          && a.country().equals(r.country())));
    }
  }

  /**
   * An actor resolved as a person the text names, by the knowledge base's persons or the NER's,
   * directly or through a pronoun or a surname (not a group, a body or a country).
   */
  static boolean namedPerson(ActorRef r) {
    String rule = r.rule() == null ? "" : r.rule();
    return rule.contains("ner:person") || rule.contains("kb:person:");
  }

  /** Whether {@code r}'s sector is in {@code sectors}, a word list of sector codes (lower-cased). */
  static boolean sectorIn(java.util.Set<String> sectors, ActorRef r) {
    return r.sector() != null && sectors.contains(r.sector().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a recipient is of a country none of the actors is of. */
  boolean foreign(ActorRef r) {
    return foreign(r, actors);
  }

  /** Whether {@code r} is of a country none of {@code actors} is of. */
  static boolean foreign(ActorRef r, List<ActorRef> actors) {
    return r.country() != null && actors.stream().noneMatch(a -> r.country().equals(a.country()));
  }

  boolean isEmpty() {
    return actors.isEmpty() && recipients.isEmpty();
  }
}
