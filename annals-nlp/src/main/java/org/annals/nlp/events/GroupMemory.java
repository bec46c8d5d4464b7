package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.model.ActorRef;
import org.annals.nlp.text.SentenceGraph;

/**
 * The actors of the latest event that several actors did together — persons ("Modi and Putin
 * met"), or actors of at least two countries ("Kenya and Uganda signed", "the foreign ministers
 * of Kenya and Uganda met") — for later words that refer back to them as a group ({@link
 * ArgumentFinder} marks them: "they", "their", "the two leaders", "the ministers", "both
 * countries", "all three nations"). Each member becomes an actor of the later event with the rule
 * {@code group:<the words>><the member's rule>} and keeps its offsets in the earlier sentence.
 *
 * <p>Precision first: a number word must agree with the group's size ("the two nations" after
 * three countries is nobody, and the resolver's guess is dropped); outside a symmetric event the
 * group must have been named at most {@link #REACH} sentences before, and a pronoun the resolver
 * already gave to someone outside the group keeps that reading. A pronoun ("they") in a symmetric
 * event refers to the latest group of persons, if any, before a later group of countries: the
 * people who talk or meet. Mutable; local to one article.
 */
final class GroupMemory {
  /** How many sentences back a group may be named for an event that is not symmetric. */
  static final int REACH = 2;
  private List<ActorRef> members = List.of();
  private int at = -100;
  /** The latest group of persons: "they" in a symmetric event is the people who talk or meet. */
  private List<ActorRef> persons = List.of();

  /** Remembers the actors of an event of sentence {@code sentence} if they are a group (see the class comment). */
  void remember(List<ActorRef> a, int sentence) {
    if (a.size() < 2) {
      return;
    }
    boolean persons = a.stream().allMatch(x -> x.entity() != null && x.entity().startsWith("person/"));
    boolean countries = a.stream().allMatch(x -> x.country() != null)
        && a.stream().map(ActorRef::country).distinct().count() >= 2;
    if (persons || countries) {
      members = List.copyOf(a);
      at = sentence;
    }
    if (persons) {
      this.persons = members;
    }
  }

  /**
   * Remembers actors the sentence names in one coordination ("the project involves Greece, Cyprus
   * and Israel") as a group, though they did nothing together: "all three nations" may name them
   * next. Called before the sentence's events are remembered, which take precedence.
   */
  void rememberConjoined(SentenceGraph g, Mentions m, int sentence) {
    for (int t = 0; t < g.size(); t++) {
      ActorRef first = m.ref(t);
      List<Integer> conj = g.childrenBy(t, "conj");
      if (first == null || conj.isEmpty() || g.head(t) != null && g.head(t).relation().startsWith("conj")) {
        continue;
      }
      List<ActorRef> group = new ArrayList<>(List.of(first));
      for (int c : conj) {
        ActorRef r = m.ref(c);
        if (r == null) {
          group.clear();
          break; // "Greece, Cyprus and the EastMed project": no group of actors
        }
        group.add(r);
      }
      if (group.size() >= 2) {
        remember(group, sentence);
      }
    }
  }

  static final String RULE = "group:";

  /**
   * Replaces the resolver's reading of a group anaphor among the actors by the group's members.
   * Returns whether it did. {@code symmetric}: the event is one the group does together, which
   * may refer back to a group named anywhere before in the article.
   */
  boolean fill(Participants p, int sentence, boolean symmetric) {
    // "Trump is to call Putin … negotiators of both countries met … They last spoke in March": the leaders
    List<ActorRef> members = symmetric && p.anaphorPronoun && !persons.isEmpty() ? persons : this.members;
    if (members.isEmpty() || !p.anaphor || (!symmetric && sentence - at > REACH)) {
      return false;
    }
    List<ActorRef> own = new ArrayList<>(p.actors);
    own.removeIf(a -> p.anaphorRefs.stream().anyMatch(x -> Participants.same(a, x)));
    if (p.anaphorCount > 0 && p.anaphorCount != members.size()) {
      p.actors.clear(); // "the two nations" after three: nobody, not the resolver's guess
      p.actors.addAll(own);
      return false;
    }
    boolean elsewhere = p.anaphorRefs.stream().anyMatch(r -> members.stream()
        .noneMatch(x -> Objects.equals(x.country(), r.country())));
    if (own.size() >= 2 || (!symmetric && p.anaphorPronoun && elsewhere)) {
      return false;
    }
    p.actors.clear();
    p.actors.addAll(own);
    for (ActorRef a : members) {
      p.actor(a.withRule(RULE + p.anaphorWords + ">" + a.rule()));
    }
    return true;
  }
}
