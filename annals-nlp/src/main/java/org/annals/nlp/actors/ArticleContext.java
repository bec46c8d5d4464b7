package org.annals.nlp.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.annals.model.ActorRef;

/**
 * What the actor resolver remembers while reading one article: persons by surname, the country
 * in focus, the last person and the last group mentioned. One instance per article call;
 * confined to one thread.
 */
final class ArticleContext {
  final LocalDate date;
  private final Map<String, ActorRef> bySurname = new HashMap<>();
  String focusCountry;
  ActorRef lastPerson;
  ActorRef lastGroup;
  /**
   * The country of the current sentence's scene (MentionBuilder: named as a place, else a
   * nationality adjective, else named at all), for agents and persons the KB does not know.
   */
  String sentenceCountry;

  ArticleContext(LocalDate date) {
    this.date = date;
  }

  ActorRef surname(String word) {
    return bySurname.get(word.toLowerCase(Locale.ROOT));
  }

  void rememberPerson(String surname, ActorRef ref) {
    bySurname.put(surname.toLowerCase(Locale.ROOT), ref);
    lastPerson = ref;
  }
}
