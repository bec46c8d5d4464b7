package org.annals.nlp.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.kb.places.Gazetteer;
import org.annals.kb.places.Place;

/**
 * Chooses one place for each place name of an article. Each candidate scores its size (log of
 * its population; a country as large as a country), and is raised when its country is an
 * actor's, another place's of the article or the dateline's, when it lies in the division or
 * country written after it ("Paris, Texas"), and when the name is its main name; the reasons
 * that raised the winner are kept as its provenance. Pure; thread-safe.
 */
final class Disambiguator {
  /** What the article says about where it is: the actors' and the other places' countries. */
  record Context(Set<String> actorCountries, String datelineCountry) {}

  private static final double COUNTRY_SIZE = 7.5;

  List<Resolved> resolve(List<PlaceMention> mentions, Context ctx, String text) {
    Map<String, Integer> placeCountries = new HashMap<>();
    Set<String> admin1s = new HashSet<>();
    for (PlaceMention m : mentions) {
      Set<String> cs = new HashSet<>();
      m.candidates().forEach(c -> cs.add(c.place().country()));
      if (cs.size() == 1) {
        placeCountries.merge(cs.iterator().next(), 1, Integer::sum);
      }
      if (m.candidates().size() == 1) {
        admin1s.add(m.candidates().get(0).place().admin1());
      }
    }
    List<Resolved> first = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      first.add(best(mentions.get(i), qualifier(mentions, i, text), ctx, placeCountries,
          admin1s));
    }
    // second pass: the divisions of the other places the first pass chose ("Alexandria,
    // Virginia" and Richmond make Arlington the Virginian one)
    List<Resolved> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Set<String> others = new HashSet<>(admin1s);
      for (int j = 0; j < first.size(); j++) {
        if (j != i && !first.get(j).mention().text().equals(mentions.get(i).text())) {
          others.add(first.get(j).place().admin1());
        }
      }
      others.remove("");
      out.add(best(mentions.get(i), qualifier(mentions, i, text), ctx, placeCountries, others));
    }
    return oneSensePerArticle(out);
  }

  /**
   * A name the article qualifies once ("Paris, Texas") means the same place wherever else the
   * article uses it.
   */
  private static List<Resolved> oneSensePerArticle(List<Resolved> resolved) {
    Map<String, Resolved> qualified = new HashMap<>();
    for (Resolved r : resolved) {
      if (r.reasons().stream().anyMatch(x -> x.startsWith("qualified:"))) {
        qualified.putIfAbsent(r.mention().text().toLowerCase(java.util.Locale.ROOT), r);
      }
    }
    if (qualified.isEmpty()) {
      return resolved;
    }
    List<Resolved> out = new ArrayList<>();
    for (Resolved r : resolved) {
      Resolved q = qualified.get(r.mention().text().toLowerCase(java.util.Locale.ROOT));
      boolean follow = q != null && q != r && r.mention().candidates().stream()
          .anyMatch(c -> c.place().equals(q.place()));
      out.add(follow ? new Resolved(r.mention(), q.place(), List.of("same-name-as-qualified:"
          + q.mention().start())) : r);
    }
    return out;
  }

  /** The place name written right after this one, after a comma ("Paris, Texas"), or null. */
  private static PlaceMention qualifier(List<PlaceMention> ms, int i, String text) {
    if (i + 1 >= ms.size()) {
      return null;
    }
    PlaceMention a = ms.get(i);
    PlaceMention b = ms.get(i + 1);
    boolean adjacent = a.sentence() == b.sentence()
        && text.substring(a.end(), b.start()).strip().equals(",");
    return adjacent ? b : null;
  }

  private Resolved best(PlaceMention m, PlaceMention qualifier, Context ctx,
      Map<String, Integer> placeCountries, Set<String> admin1s) {
    List<Resolved.Reading> readings = new ArrayList<>();
    for (Gazetteer.Candidate c : m.candidates()) {
      List<String> why = new ArrayList<>();
      double s = score(c, m, qualifier, ctx, placeCountries, admin1s, why);
      readings.add(new Resolved.Reading(c.place(), s, why));
    }
    readings.sort(Comparator.comparingDouble(Resolved.Reading::score).reversed());
    Resolved.Reading top = readings.get(0);
    return new Resolved(m, top.place(), top.reasons(), readings);
  }

  /**
   * The reading of a place name in an event's own clause, chosen by that event's participants
   * first: when some readings lie in a participant's country, the best of those by the
   * article-level score ({@code event-country}); otherwise the article-level choice ("Pakistani
   * police arrested ... in Hyderabad" in an article about India is the Pakistani city). A name
   * the article qualified ("Paris, Texas") keeps its sense.
   */
  static Resolved forEvent(Resolved r, Set<String> eventCountries) {
    boolean ambiguous = r.readings().stream().map(x -> x.place().country()).distinct()
        .count() > 1;
    if (!ambiguous || r.reasons().stream().anyMatch(x -> x.startsWith("qualified:"))) {
      return r;
    }
    return r.readings().stream().filter(x -> eventCountries.contains(x.place().country()))
        .findFirst().map(best -> {
          List<String> why = new ArrayList<>(best.reasons());
          why.add(1, "event-country");
          return new Resolved(r.mention(), best.place(), why, r.readings());
        }).orElse(r);
  }

  private static double score(Gazetteer.Candidate c, PlaceMention m, PlaceMention qualifier,
      Context ctx, Map<String, Integer> placeCountries, Set<String> admin1s, List<String> why) {
    Place p = c.place();
    double s = p.isCountry() ? COUNTRY_SIZE : Math.log10(p.population() + 10.0);
    why.add(p.isCountry() ? "country" : "population");
    s += bonus(c.primary(), 1, "main-name", why);
    s += bonus(ctx.actorCountries().contains(p.country()), 2.5, "actor-country", why);
    int others = placeCountries.getOrDefault(p.country(), 0)
        - (m.candidates().size() == 1 ? 1 : 0);
    s += bonus(others > 0, 2, "article-country", why);
    s += bonus(p.country().equals(ctx.datelineCountry()), 2, "dateline-country", why);
    s += bonus(!p.isCountry() && !p.admin1().isEmpty() && admin1s.contains(p.admin1())
        && m.candidates().size() > 1, 1.5, "article-region", why);
    if (qualifier != null) {
      boolean in = qualifier.candidates().stream().map(Gazetteer.Candidate::place)
          .anyMatch(q -> !q.equals(p) && (q.isCountry() ? q.country().equals(p.country())
              : q.admin1().equals(p.admin1())));
      s += bonus(in, 10, "qualified:" + qualifier.text(), why);
    }
    return s;
  }

  private static double bonus(boolean applies, double value, String reason, List<String> why) {
    if (applies) {
      why.add(reason);
      return value;
    }
    return 0;
  }
}
