package org.annals.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * One plural office or agent named with several countries, which stands for a group of actors:
 * "the foreign ministers of Kenya and Uganda" (countries after "of"), "the Peruvian, Chilean and
 * Bolivian defence ministers", "Kenyan and Ugandan troops" (demonyms before it). The countries
 * must be joined by commas and a final "and" and be at least two different ones; the office is
 * then resolved once per country by {@link MentionBuilder} into the members of one
 * {@link org.annals.nlp.ActorMention}. Stateless; thread-safe.
 */
final class GroupPhrases {
  private static final Set<String> JOINERS = Set.of(",", "and", "the");

  private GroupPhrases() {}

  /**
   * The pieces with the extra countries of each group taken out, and for each plural office or
   * agent piece (by its first token) the country pieces it stands with besides its own, in text
   * order.
   */
  record Found(List<Piece> pieces, Map<Integer, List<Piece>> extras) {}

  static Found find(Sentence s, List<Piece> pieces) {
    Map<Integer, List<Piece>> extras = new HashMap<>();
    boolean[] taken = new boolean[pieces.size()];
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if ((p.kind() != Piece.Kind.ROLE && p.kind() != Piece.Kind.AGENT) || !plural(s, p.last())) {
        continue;
      }
      List<Integer> chain = new ArrayList<>(before(s, pieces, k));
      chain.addAll(after(s, pieces, k));
      if (!chain.isEmpty()) {
        List<Piece> list = new ArrayList<>();
        for (int c : chain) {
          list.add(pieces.get(c));
          taken[c] = true;
        }
        extras.put(p.first(), list);
      }
    }
    List<Piece> out = new ArrayList<>();
    for (int k = 0; k < pieces.size(); k++) {
      if (!taken[k]) {
        out.add(pieces.get(k));
      }
    }
    return new Found(out, extras);
  }

  /** "the Peruvian, Chilean and Bolivian ministers": the demonyms before the one next to the office. */
  private static List<Integer> before(Sentence s, List<Piece> pieces, int k) {
    int own = k - 1;
    if (own < 0 || !demonym(pieces.get(own)) || pieces.get(own).last() + 1 != pieces.get(k).first()) {
      return List.of();
    }
    List<Integer> chain = new ArrayList<>();
    for (int c = own - 1; c >= 0 && demonym(pieces.get(c)); c--) {
      // the join next to the office's own demonym must be "and": "Peruvian, Chilean and Bolivian"
      if (!coordinated(s, pieces.get(c), pieces.get(c + 1), c + 1 == own)) {
        break;
      }
      chain.add(0, c);
    }
    return distinct(pieces, chain, own);
  }

  /** "the foreign ministers of Kenya and Uganda": the countries after the one "of" joins. */
  private static List<Integer> after(Sentence s, List<Piece> pieces, int k) {
    int own = k + 1;
    if (own >= pieces.size() || pieces.get(own).kind() != Piece.Kind.COUNTRY
        || pieces.get(own).entity() == null || !of(s, pieces.get(k).last(), pieces.get(own).first())) {
      return List.of();
    }
    List<Integer> chain = new ArrayList<>();
    for (int c = own + 1; c < pieces.size() && pieces.get(c).kind() == Piece.Kind.COUNTRY
        && pieces.get(c).entity() != null; c++) {
      if (!coordinated(s, pieces.get(c - 1), pieces.get(c), false)) {
        break;
      }
      chain.add(c);
    }
    // the last join must be "and": "of Kenya, Uganda's neighbour" is no list
    if (!chain.isEmpty() && !joinedByAnd(s, pieces.get(chain.get(chain.size() - 1) - 1),
        pieces.get(chain.get(chain.size() - 1)))) {
      return List.of();
    }
    return distinct(pieces, chain, own);
  }

  /** The chain, if it and the office's own country make at least two different countries. */
  private static List<Integer> distinct(List<Piece> pieces, List<Integer> chain, int own) {
    Set<String> countries = new java.util.HashSet<>();
    countries.add(pieces.get(own).entity().country());
    chain.forEach(c -> countries.add(pieces.get(c).entity().country()));
    return countries.size() > 1 && !countries.contains(null) ? chain : List.of();
  }

  private static boolean demonym(Piece p) {
    return p.kind() == Piece.Kind.ADJECTIVE && p.entity() != null && p.entity().country() != null;
  }

  /**
   * Whether only commas, "and" and "the" stand between two pieces, at least one of them a comma or
   * "and"; with {@code last}, the words must include "and".
   */
  private static boolean coordinated(Sentence s, Piece left, Piece right, boolean last) {
    if (left == right || right.first() <= left.last() + 1) {
      return false;
    }
    boolean joined = false;
    for (int j = left.last() + 1; j < right.first(); j++) {
      String w = s.tokens().get(j).word().toLowerCase(java.util.Locale.ROOT);
      if (!JOINERS.contains(w)) {
        return false;
      }
      joined |= !w.equals("the");
    }
    return joined && (!last || joinedByAnd(s, left, right));
  }

  private static boolean joinedByAnd(Sentence s, Piece left, Piece right) {
    for (int j = left.last() + 1; j < right.first(); j++) {
      if (s.tokens().get(j).word().equalsIgnoreCase("and")) {
        return true;
      }
    }
    return false;
  }

  /** "of" or "of the" between an office and a country. */
  private static boolean of(Sentence s, int office, int country) {
    int gap = country - office - 1;
    return (gap == 1 || gap == 2 && s.tokens().get(office + 2).word().equalsIgnoreCase("the"))
        && s.tokens().get(office + 1).word().equalsIgnoreCase("of");
  }

  private static boolean plural(Sentence s, int t) {
    Token tok = s.tokens().get(t);
    return tok.isNoun() && tok.pos().endsWith("S");
  }
}
