package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.ActorRef;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Trigger;
import org.annals.nlp.ActorMention;
import org.annals.nlp.CodingState;

/**
 * Builds coding states for claim tests without CoreNLP: sentences split at sentence-final
 * punctuation, actors found by surname, events given by the test.
 */
final class Fixture {
  /** Surnames and country names the fixtures resolve. */
  static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("Putin", "RUS"), Map.entry("Trump", "USA"), Map.entry("Macron", "FRA"),
      Map.entry("Scholz", "DEU"), Map.entry("Xi", "CHN"), Map.entry("Biden", "USA"),
      Map.entry("China", "CHN"), Map.entry("Ukraine", "UKR"), Map.entry("Kyiv", "UKR"),
      Map.entry("Zelensky", "UKR"));
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+");

  private Fixture() {}

  static CodingState state(String text, LocalDate published, CodedEvent... events) {
    Article article = Article.of(text, published);
    List<Sentence> sentences = new ArrayList<>();
    List<ActorMention> actors = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      int start = m.start() + (m.group().length() - m.group().stripLeading().length());
      int index = sentences.size();
      sentences.add(new Sentence(index, start, m.end(), List.of(), List.of(), List.of(), List.of()));
      for (Map.Entry<String, String> e : NAMES.entrySet()) {
        Matcher n = Pattern.compile("\\b" + e.getKey() + "\\b").matcher(text).region(start, m.end());
        while (n.find()) {
          actors.add(new ActorMention(index, 0, 0, 0, new ActorRef(e.getKey(), e.getKey(),
              e.getValue(), "GOV", e.getValue() + "GOV", null, n.start(), n.end(), "test")));
        }
      }
    }
    AnnotatedDoc doc = new AnnotatedDoc(article, sentences, "test");
    return CodingState.of(doc).withActors(actors).withEvents(Arrays.asList(events));
  }

  /** A CONSULT event with trigger {@code trigger} (first occurrence in {@code text}). */
  static CodedEvent consult(String text, String trigger, String mode, String date,
      String... countries) {
    return event("CONSULT", text, trigger, mode, date, countries);
  }

  /** An event of {@code type} with trigger {@code trigger} (first occurrence in {@code text}). */
  static CodedEvent event(String type, String text, String trigger, String mode, String date,
      String... countries) {
    return event(type, text.indexOf(trigger), trigger, mode, date, countries);
  }

  /** An event of {@code type} whose trigger {@code trigger} starts at offset {@code at}. */
  static CodedEvent event(String type, int at, String trigger, String mode, String date,
      String... countries) {
    List<ActorRef> actors = Arrays.stream(countries).map(c -> new ActorRef(c, c, c, "GOV",
        c + "GOV", null, at, at, "test")).toList();
    EventDate d = new EventDate(date, Precision.DAY, DateBasis.RELATIVE, null, "test");
    Evidence ev = new Evidence(null, at, at + trigger.length(),
        new Trigger(at, at + trigger.length(), trigger), "test");
    return new CodedEvent("e" + at, type, mode, List.of(), "040", 1, 1.0, actors, List.of(),
        true, d, null, Map.of(), Modality.ASSERTED, null, ev, 0.9);
  }
}
