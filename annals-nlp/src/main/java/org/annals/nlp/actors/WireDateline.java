package org.annals.nlp.actors;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.kb.places.Gazetteer;
import org.annals.kb.places.Place;

/**
 * A wire report's dateline ("NAIROBI, Kenya (AP) _", "THE HAGUE, Netherlands (AP)_", "NICOSIA,
 * August 8 (Xinhua) --", "LIMA, Peru -"): a place name in capitals that opens the article, an
 * optional qualifier (country, region or date), an optional agency in parentheses, then a dash or
 * underscore. Its country is where the story happens: the home of agents that name none
 * ("police", "protesters", "officers"), and its words name a place, never an actor ("SEOUL" is no
 * South Korean government). Pure and thread-safe (immutable pattern, read-only gazetteer).
 */
final class WireDateline {
  private static final Pattern LINE = Pattern.compile(
      "^\\s*(?=[A-Z]{3}|[A-Z]+ [A-Z]{2})([A-Z][A-Z.'\\- ]*[A-Z.])(?:,\\s*([A-Z][A-Za-z.'\\- ]{1,30}?|[A-Z][a-z]+\\.? \\d{1,2}))?"
          + "\\s*(?:\\([A-Za-z\\- ]{1,20}\\))?\\s*(?:_|--|—|–|-)\\s");

  /** A dateline ending at character {@code end} of the text; {@code country} null when unknown. */
  record Found(int end, String country) {}

  private WireDateline() {}

  /** The article's dateline, or null when it opens with none. */
  static Found find(String text, Gazetteer gazetteer) {
    Matcher m = LINE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String qualifier = m.group(2);
    String country = qualifier == null || qualifier.matches(".*\\d.*") ? null : country(qualifier, gazetteer);
    if (country == null) {
      country = country(m.group(1), gazetteer);
    }
    return new Found(m.end(), country);
  }

  /** The country of the name's likeliest reading: a country itself, else its most populous place. */
  private static String country(String name, Gazetteer gazetteer) {
    List<Gazetteer.Candidate> c = gazetteer.lookup(name.strip());
    return c.stream().map(Gazetteer.Candidate::place)
        .max(Place.PROMINENCE)
        .map(Place::country).orElse(null);
  }
}
