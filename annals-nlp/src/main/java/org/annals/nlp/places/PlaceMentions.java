package org.annals.nlp.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.kb.places.Gazetteer;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Finds the place names of an article: gazetteer names, longest first, that the NER tags as a
 * place, or that are capitalised, not tagged as a person or organisation and not on the
 * stoplist. Thread-safe (read-only gazetteer).
 */
final class PlaceMentions {
  static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");
  private static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "ORGANIZATION", "TITLE",
      "NATIONALITY", "MISC", "IDEOLOGY", "RELIGION", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH");
  private static final long BIG_CITY = 100_000;
  private final Gazetteer gazetteer;

  PlaceMentions(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<PlaceMention> find(AnnotatedDoc doc) {
    List<PlaceMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<String> words = s.tokens().stream().map(Token::word).toList();
      for (int i = 0; i < words.size(); i++) {
        Gazetteer.Match m = gazetteer.longestAt(words, i);
        if (m == null) {
          continue;
        }
        PlaceMention pm = mention(doc, s, i, i + m.length() - 1, m);
        if (pm != null) {
          out.add(pm);
          i += m.length() - 1;
        }
      }
    }
    return out;
  }

  /**
   * The NER sometimes tags a lone city name as a person ("attacked Odesa"): a single word tagged
   * PERSON, with no PERSON word next to it, that names a city of 100,000 people or more, a
   * division or a country, is still a place.
   */
  private static boolean lonePersonTagOnACity(Sentence s, int first, int last,
      Gazetteer.Match m) {
    List<Token> t = s.tokens();
    boolean person = first == last && t.get(first).ner().equals("PERSON");
    boolean alone = (first == 0 || !t.get(first - 1).ner().equals("PERSON"))
        && (last + 1 >= t.size() || !t.get(last + 1).ner().equals("PERSON"));
    boolean big = m.candidates().stream().anyMatch(c -> !c.place().kind().equals("city")
        || c.place().population() >= BIG_CITY);
    return person && alone && big;
  }

  private PlaceMention mention(AnnotatedDoc doc, Sentence s, int first, int last,
      Gazetteer.Match m) {
    List<Token> t = s.tokens().subList(first, last + 1);
    boolean ner = t.stream().anyMatch(x -> PLACE_NER.contains(x.ner()));
    int start = t.get(0).start();
    int end = t.get(t.size() - 1).end();
    String text = doc.text().substring(start, end);
    if (!ner) {
      boolean capital = Character.isUpperCase(text.charAt(0));
      boolean other = t.stream().anyMatch(x -> NOT_PLACE_NER.contains(x.ner()))
          && !lonePersonTagOnACity(s, first, last, m);
      if (!capital || other || gazetteer.stopped(text)) {
        return null;
      }
    }
    return new PlaceMention(s.index(), first, last, start, end, text, m.candidates(), ner);
  }
}
