package org.annals.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.text.WordLists;

/**
 * Which adjacent pieces name one actor ({@link MentionBuilder}): a nationality and the office or
 * agent it qualifies, with the modifiers, possessives and "of"/"in" that may stand between them;
 * peoples named after a country ("Bosnian Serbs", "ethnic Albanians"). Static and stateless over
 * the bundled word lists {@code ethnic-people} and {@code ethnic-marker}; thread-safe.
 */
final class PieceJoins {
  /** Peoples named after a country they need not live in ("Bosnian Serb"): word list ethnic-people. */
  private static final Set<String> ETHNIC = WordLists.bundled().get("ethnic-people");
  /** Words before a nationality that make it a people, not a state ("ethnic Albanians"). */
  private static final Set<String> ETHNIC_MARKERS = WordLists.bundled().get("ethnic-marker");

  private PieceJoins() {}

  /**
   * "ethnic Albanian lawmakers", "ethnic Turks": a nationality after an ethnic marker names a
   * people, no state. Before an agent or office it gives no country (the agent takes the
   * scene's); alone it is that people, civilians of the scene's country (rule {@code
   * ethnic-people:}).
   */
  static List<Piece> ethnicPeoples(Sentence s, List<Piece> pieces) {
    List<Piece> out = new ArrayList<>(pieces.size());
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if (p.kind() != Piece.Kind.ADJECTIVE || p.first() == 0
          || !ETHNIC_MARKERS.contains(lower(s, p.first() - 1))) {
        out.add(p);
      } else if (k + 1 >= pieces.size() || pieces.get(k + 1).first() != p.last() + 1) {
        out.add(new Piece(p.first() - 1, p.last(), Piece.Kind.AGENT, null, null, "CVL",
            "ethnic-people:" + lower(s, p.last()), null, null));
      }
    }
    return out;
  }

  private static String lower(Sentence s, int token) {
    return s.tokens().get(token).word().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code p} continues the actor phrase that {@code group} holds so far. */
  static boolean joins(Sentence s, List<Piece> group, Piece p) {
    Piece last = group.get(group.size() - 1);
    if (p.kind() == Piece.Kind.PRONOUN || last.kind() == Piece.Kind.PRONOUN) {
      return false;
    }
    if (ofCountry(s, group, p)) {
      return true;
    }
    boolean adjacent = p.first() == last.last() + 1;
    boolean possessive = p.first() >= last.last() + 2
        && s.tokens().get(last.last() + 1).pos().equals("POS") && modifiersOnly(s, last.last() + 2, p.first())
        && last.countryLike() && (p.kind() == Piece.Kind.ROLE || p.kind() == Piece.Kind.AGENT);
    boolean office = p.kind() == Piece.Kind.ROLE || p.kind() == Piece.Kind.AGENT;
    boolean modifierBetween = p.first() == last.last() + 2
        && s.tokens().get(last.last() + 1).pos().startsWith("JJ")
        && (last.countryLike() || last.kind() == Piece.Kind.ROLE) && office;
    // "a French aid worker", "an American exchange student": a nationality, then one or two
    // lower-case modifiers no piece covers, then the agent
    boolean nounsBetween = last.countryLike() && office && p.first() > last.last() + 1
        && p.first() <= last.last() + 3 && modifiersOnly(s, last.last() + 1, p.first());
    if (!adjacent && !possessive && !modifierBetween && !nounsBetween && !ownedBy(s, last, p)) {
      return false;
    }
    boolean hasPerson = group.stream().anyMatch(g -> g.kind() == Piece.Kind.PERSON);
    if (p.kind() == Piece.Kind.PERSON && hasPerson) {
      return false;
    }
    boolean hasRoleOrPerson = group.stream()
        .anyMatch(g -> g.kind() == Piece.Kind.ROLE || g.kind() == Piece.Kind.AGENT || g.kind() == Piece.Kind.PERSON);
    // "Bosnian Serbs", "Kosovo Serb protesters": a people named after the country it lives in
    boolean ethnicGroup = last.countryLike() && p.kind() == Piece.Kind.ADJECTIVE && adjacent
        && (last.kind() == Piece.Kind.ADJECTIVE && s.tokens().get(p.last()).pos().equals("NNPS")
            || ETHNIC.contains(lower(s, p.first())));
    if (p.countryLike() && (hasRoleOrPerson || last.countryLike()) && !ethnicGroup) {
      return false;
    }
    return true;
  }

  /**
   * Whether the tokens {@code from} (inclusive) to {@code to} (exclusive) are at most three
   * lower-case modifiers (adjectives, common nouns, participles, hyphens) between a country's
   * possessive and the agent it owns: "Venezuela's state oil company", "Russia's largest bank"
   * (h108).
   */
  static boolean modifiersOnly(Sentence s, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int j = from; j < to; j++) {
      Token t = s.tokens().get(j);
      String pos = t.pos();
      boolean modifier = pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS") || pos.equals("VBN")
          || pos.equals("HYPH");
      if (!modifier || Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the government of Syria", "the president of Armenia", "the people of Iraq": an office or an
   * agent with no country of its own, then "of" and a country's name.
   */
  private static boolean ofCountry(Sentence s, List<Piece> group, Piece p) {
    Piece last = group.get(group.size() - 1);
    if (p.first() != last.last() + 2 || !(last.kind() == Piece.Kind.ROLE || last.kind() == Piece.Kind.AGENT)
        || group.stream().anyMatch(g -> g.kind() == Piece.Kind.PERSON || g.countryLike())) {
      return false;
    }
    String between = s.tokens().get(last.last() + 1).lemma();
    return p.kind() == Piece.Kind.COUNTRY && between.equals("of")
        || capitalIn(s, group, p) && between.equals("in");
  }

  /**
   * "the regime in Tehran", "the authorities in Kabul": a definite office placed in a capital is
   * that capital's state's (h109), not the article's most named country. Only an office: an agent
   * with a sector of its own ("the health ministry in Accra", "the High Court in Dublin") would take
   * the capital's government sector, and its country comes from the place already.
   */
  private static boolean capitalIn(Sentence s, List<Piece> group, Piece p) {
    int first = group.get(0).first();
    return group.get(group.size() - 1).kind() == Piece.Kind.ROLE && p.kind() == Piece.Kind.METONYM && p.rule() != null && p.rule().startsWith("kb:capital:")
        && first > 0 && s.tokens().get(first - 1).lemma().equalsIgnoreCase("the");
  }

  /** "Saudi Arabia's state-owned X", "a Freedonian state-run X": a country owns a body named after it. */
  private static boolean ownedBy(Sentence s, Piece owner, Piece p) {
    boolean madeUp = p.kind() == Piece.Kind.ORGANIZATION && p.entity() != null
        && p.entity().id().startsWith(OrgNames.ID_PREFIX);
    if (!madeUp || !owner.countryLike() || p.first() - owner.last() > 3) {
      return false;
    }
    for (int j = owner.last() + 1; j < p.first(); j++) {
      String pos = s.tokens().get(j).pos();
      if (!pos.equals("POS") && !pos.startsWith("JJ") && !pos.startsWith("VBN")) {
        return false;
      }
    }
    return true;
  }
}
