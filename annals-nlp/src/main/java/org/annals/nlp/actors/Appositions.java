package org.annals.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.nlp.ActorMention;

/**
 * Persons the knowledge base does not know whom the sentence describes as of a country or a body
 * (issue 13, "source wrong"): in apposition ("Pieter Vandermeer, a UN envoy for the region,",
 * "Lina Haddad, a Jordanian national,", or before the name: "a Jordanian, Lina Haddad,", also
 * read off the words when the parser makes no apposition of it) or as the subject of a copula ("Lina Haddad is a Jordanian
 * national"). When such a person's country came only from the article's context (the scene of the
 * sentence, often where the person happens to be) or from nowhere, and the description's head noun
 * carries, on itself or on a modifier of it (adjective, compound, possessor), an actor whose
 * country its own words give, the person takes that country (an organisation's: the UN's is
 * {@code IGO}) and, when the description names a sector, that sector; rule
 * {@code +described-as:RULE}. The article then remembers the person so, for later sentences and
 * pronouns. Not an actor inside an "of" phrase ("the fiancée of journalist X" is not X's country),
 * nor a person or a pronoun ("X, Smith's wife"), nor one whose country came from context itself.
 * Stateless; thread-safe.
 */
final class Appositions {
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss");

  private Appositions() {}

  /** The mentions with each described person given the description's country. */
  static List<ActorMention> described(Sentence s, List<ActorMention> mentions, ArticleContext ctx) {
    List<ActorMention> out = new ArrayList<>(mentions);
    for (int k = 0; k < out.size(); k++) {
      ActorMention n = out.get(k);
      if (n.group() || !unknownPerson(n.ref())) {
        continue;
      }
      ActorMention by = description(s, n, out);
      by = by != null ? by : indefiniteBefore(s, n, out);
      String how = "+described-as:";
      if (by == null) {
        by = MemberOf.body(s, n, out);
        how = "+member-of:";
      }
      if (by == null) {
        continue;
      }
      ActorRef r = n.ref();
      ActorRef d = by.ref();
      boolean sector = d.sector() != null && (covers(by, descriptionNouns(s, n)) || isBody(d));
      String sec = sector ? d.sector() : r.sector();
      ActorRef fixed = new ActorRef(r.text(), r.name(), d.country(), sec,
          d.country() + (sec == null ? "" : sec), r.entity(), r.start(), r.end(),
          Phrase.withoutContextCountry(r.rule()) + how + d.rule());
      out.set(k, new ActorMention(n.sentence(), n.firstToken(), n.lastToken(), n.head(), fixed));
      ctx.revisePerson(surname(fixed), r, fixed);
    }
    return out;
  }

  /**
   * Pronouns and surnames of the same sentence that referred to a person before its office or
   * description gave its country ("a US spokesperson, Jane Roe, said ... she said"): they take the
   * person as now known (rule {@code coref:...>} the person's rule).
   */
  static List<ActorMention> referBack(List<ActorMention> mentions) {
    java.util.Map<String, ActorRef> fixed = new java.util.HashMap<>();
    for (ActorMention m : mentions) {
      String rule = m.ref().rule();
      if (m.ref().name() != null && rule != null && !rule.startsWith("coref:")
          && (rule.contains("+apposition-of:") || rule.contains("+described-as:")
          || rule.contains("+member-of:"))) {
        fixed.put(m.ref().name(), m.ref());
      }
    }
    if (fixed.isEmpty()) {
      return mentions;
    }
    List<ActorMention> out = new ArrayList<>(mentions);
    for (int k = 0; k < out.size(); k++) {
      ActorMention n = out.get(k);
      ActorRef r = n.ref();
      ActorRef f = r.name() == null || n.group() ? null : fixed.get(r.name());
      if (f == null || r == f || r.rule() == null || !r.rule().startsWith("coref:")
          || java.util.Objects.equals(r.country(), f.country()) && java.util.Objects.equals(r.sector(), f.sector())) {
        continue;
      }
      String how = r.rule().substring(0, r.rule().indexOf('>') < 0 ? r.rule().length() : r.rule().indexOf('>'));
      ActorRef now = new ActorRef(r.text(), r.name(), f.country(), f.sector(), f.cameo(), r.entity(),
          r.start(), r.end(), how + ">" + f.rule());
      out.set(k, new ActorMention(n.sentence(), n.firstToken(), n.lastToken(), n.head(), now));
    }
    return out;
  }

  /**
   * "A Kenyan, Daniel Otieno, was charged", "detained a Romanian man, Ana Popescu, at the border":
   * an indefinite description of at most three adjectives and nouns just before the name, set off
   * by commas (read off the words: the parser often makes no apposition of it), whose words carry
   * an actor of known country; or null.
   */
  private static ActorMention indefiniteBefore(Sentence s, ActorMention n, List<ActorMention> mentions) {
    List<org.annals.model.Token> t = s.tokens();
    int comma = n.firstToken() - 1;
    int after = n.lastToken() + 1;
    if (comma < 2 || !t.get(comma).word().equals(",") || after >= t.size()
        || !t.get(after).word().matches("[,.;]")) {
      return null;
    }
    int k = comma - 1;
    while (k > comma - 4 && k >= 0 && t.get(k).pos().matches("JJ|NNS?|NNPS?")) {
      k--;
    }
    if (k < 0 || k == comma - 1 || !t.get(k).word().matches("(?i)an?")) {
      return null;
    }
    for (ActorMention m : mentions) {
      if (m != n && !m.group() && describes(m.ref()) && m.firstToken() > k && m.lastToken() < comma) {
        return m;
      }
    }
    return null;
  }

  /** The mention whose country describes person {@code n}, or null. */
  private static ActorMention description(Sentence s, ActorMention n, List<ActorMention> mentions) {
    for (int noun : descriptionNouns(s, n)) {
      List<Integer> tokens = new ArrayList<>(List.of(noun));
      for (Dependency d : s.dependencies()) {
        if (d.governor() == noun && MODIFIERS.contains(d.relation())) {
          tokens.add(d.dependent());
        }
      }
      for (ActorMention m : mentions) {
        if (m != n && !m.group() && describes(m.ref()) && tokens.stream().anyMatch(t -> inside(m, t))) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The head nouns that describe {@code n}: its apposition's head after it, the noun it is the
   * apposition of before it, or the predicate noun of a copula it is the subject of.
   */
  static List<Integer> descriptionNouns(Sentence s, ActorMention n) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      boolean own = d.governor() >= n.firstToken() && d.governor() <= n.lastToken();
      if (own && d.relation().equals("appos") && d.dependent() > n.lastToken()
          && s.tokens().get(d.dependent()).isNoun()) {
        out.add(d.dependent());
      }
      boolean named = d.dependent() >= n.firstToken() && d.dependent() <= n.lastToken();
      if (named && d.relation().equals("appos") && d.governor() < n.firstToken() && nominal(s, d.governor())) {
        out.add(d.governor()); // "an Australian, John Smith,", "a Russian man, Ivan Petrov,": before the name
      }
      boolean subject = d.dependent() >= n.firstToken() && d.dependent() <= n.lastToken()
          && d.relation().equals("nsubj") && d.governor() > n.lastToken();
      if (subject && nominal(s, d.governor()) && copula(s, d.governor())) {
        out.add(d.governor());
      }
    }
    return out;
  }

  /** A noun, or an adjective the parser gave a determiner ("is a Turkish national"). */
  private static boolean nominal(Sentence s, int t) {
    return s.tokens().get(t).isNoun() || s.tokens().get(t).pos().startsWith("JJ") && s.dependencies()
        .stream().anyMatch(d -> d.governor() == t && d.relation().equals("det"));
  }

  private static boolean copula(Sentence s, int noun) {
    return s.dependencies().stream().anyMatch(d -> d.governor() == noun && d.relation().equals("cop"));
  }

  private static boolean covers(ActorMention m, List<Integer> nouns) {
    return nouns.stream().anyMatch(t -> inside(m, t));
  }

  static boolean inside(ActorMention m, int token) {
    return token >= m.firstToken() && token <= m.lastToken();
  }

  /** A person the KB does not know, of a country from context or of none. */
  private static boolean unknownPerson(ActorRef r) {
    return r.rule() != null && r.rule().contains("ner:person") && r.entity() == null
        && !r.rule().contains("+apposition-of:") && !r.rule().contains("+described-as:")
        && !r.rule().contains("+member-of:")
        && (r.country() == null || r.rule().contains("+country-from-context:"));
  }

  /** An actor whose country its own words give: no person, pronoun, region or guess from context. */
  static boolean describes(ActorRef d) {
    String rule = d.rule() == null ? "" : d.rule();
    return d.country() != null && !rule.contains("country-from-context") && !rule.startsWith("coref:")
        && !rule.contains("ner:person") && (d.entity() == null || !d.entity().startsWith("person/"))
        && (d.entity() == null || !d.entity().startsWith("region/")); // "an African-American senator": no region's
  }

  private static boolean isBody(ActorRef d) {
    return d.entity() != null && (d.entity().startsWith("org/") || d.entity().startsWith("group/"));
  }

  private static String surname(ActorRef r) {
    String name = r.name() != null ? r.name() : r.text();
    return ArticleContext.surnameOf(name);
  }
}
