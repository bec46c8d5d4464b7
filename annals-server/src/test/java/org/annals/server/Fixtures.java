package org.annals.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.Attribution;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Provenance;
import org.annals.model.Span;
import org.annals.model.Trigger;
import org.annals.model.Warning;
import org.annals.store.EventStore;

/**
 * Pre-coded synthetic articles (no CoreNLP): the 2025 Trump–Putin phone calls reported by several
 * outlets, a Macron–Putin call, and an article full of markup that must never execute. The texts
 * are the tests' own.
 */
final class Fixtures {
  static final String INJECTION = "<script>window.__pwned=1</script>";
  static final String ONERROR = "<img src=x onerror=\"window.__pwned=2\">";

  private Fixtures() {}

  /** A fresh in-memory DuckDB store with every fixture article. */
  static EventStore store() {
    EventStore s = EventStore.open("jdbc:duckdb:");
    s.putAll(all());
    new org.annals.verify.ClaimLedger(null).refreshAll(s);
    return s;
  }

  static List<CodedArticle> all() {
    List<CodedArticle> out = new ArrayList<>(reports());
    out.add(injection());
    return out;
  }

  /** The phone-call reports without the injection article. */
  static List<CodedArticle> reports() {
    List<CodedArticle> out = new ArrayList<>();
    String[][] calls = {
        {"2025-02-12", "Wednesday", "PT1H30M", "ending the war and keeping in contact", "a first meeting somewhere"},
        {"2025-03-18", "Tuesday", "PT2H", "a pause in strikes on power plants", "energy grids in winter"},
        {"2025-05-19", "Monday", "PT2H", "what the delegations achieved in Istanbul", "memoranda and prisoner lists"},
        {"2025-06-04", "Wednesday", "PT1H10M", "the second Istanbul round and the Middle East", "drones over airfields"},
        {"2025-06-14", "Saturday", "PT50M", "fighting between Israel and Iran", "birthday greetings from Moscow"},
        {"2025-07-03", "Thursday", "PT1H", "a quick end to the fighting", "paused Patriot deliveries"},
        {"2025-08-18", "Monday", "PT40M", "a meeting between Putin and Zelensky", "the summit in Alaska"},
        {"2025-10-16", "Thursday", "PT2H", "a possible second summit", "advisers meeting next week"}};
    for (String[] c : calls) {
      out.add(call("Harbor Times", c[0], "Trump", "Putin", c[1], c[2],
          "The call lasted " + c[2].substring(2).toLowerCase() + " and covered " + c[3] + ". Readers asked about " + c[4] + "."));
      out.add(call("Meridian Wire", c[0], "Putin", "Trump", c[1], c[2],
          "Aides said the talk was dominated by " + c[3] + ", with " + c[4] + " mentioned only briefly. "
              + "Meridian Wire counted " + c[2].substring(2).toLowerCase() + " on the line."));
    }
    out.add(macron());
    return out;
  }

  /** The 2025-07-01 Macron–Putin call, claiming to be their first in nearly three years (not checkable here). */
  static CodedArticle macron() {
    CodedArticle a = call("Northern Ledger", "2025-07-01", "Macron", "Putin", "Tuesday", "PT2H",
        "Their first conversation in nearly three years lasted two hours. A ceasefire was the French aim.");
    String words = "first conversation in nearly three years";
    int at = a.article().text().indexOf(words);
    Map<String, Object> subject = new java.util.LinkedHashMap<>();
    subject.put("event", "CONSULT");
    subject.put("countries", List.of("FRA", "RUS"));
    subject.put("at", "2025-07-01");
    subject.put("from", "2022-07-01");
    subject.put("qualifier", "nearly");
    subject.put("to", "2025-07-01");
    org.annals.model.Claim claim = new org.annals.model.Claim("first-since", words, at, at + words.length(),
        subject, "claim:first-since:test");
    return new CodedArticle(a.article(), a.events(), List.of(claim), a.warnings(), a.sentenceCount(),
        a.tokenCount(), a.provenance());
  }

  /** "A and B spoke by phone on WEEKDAY, according to the Kremlin." followed by {@code rest}. */
  static CodedArticle call(String outlet, String date, String a, String b, String weekday, String duration, String rest) {
    String text = a + " and " + b + " spoke by phone on " + weekday + ", according to the Kremlin. " + rest;
    Article art = new Article(null, null, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + date,
        a + " and " + b + " speak by phone", outlet, LocalDate.parse(date), "en", text);
    int when = text.indexOf("on " + weekday);
    EventDate d = new EventDate(date, Precision.DAY, DateBasis.RELATIVE, new Span(when, when + 3 + weekday.length()),
        "time:weekday-on-publication");
    int src = text.indexOf("according to the Kremlin");
    CodedEvent e = event(art, text, "spoke by phone", List.of(actor(text, a), actor(text, b)), d, Modality.ASSERTED)
        .withAttribution(new Attribution("according to the Kremlin", null, src, src + 24))
        .withAttributes(Map.of("duration", duration))
        .withLocation(new org.annals.model.Location(null, "Russia", 2017370L, "RUS", "RS", "RS",
            61.5, 90.0, org.annals.model.Location.COUNTRY, "place:actors-country", 0, 0));
    e = e.withParticipants(e.actors(), e.recipients());
    return coded(art, List.of(e), List.of());
  }

  /** An article whose words and title carry script tags and event handlers. */
  static CodedArticle injection() {
    String text = "Putin and Trump spoke by phone on Friday " + INJECTION + " and " + ONERROR + " said nothing.";
    Article art = new Article(null, null, "javascript:alert(1)", "Title " + INJECTION, "Evil <b>Outlet</b>",
        LocalDate.parse("2025-09-05"), "en", text);
    int when = text.indexOf("on Friday");
    EventDate d = new EventDate("2025-09-05", Precision.DAY, DateBasis.RELATIVE, new Span(when, when + 9), "time:weekday");
    int s = text.indexOf("<script>");
    ActorRef evil = new ActorRef(text.substring(s, s + INJECTION.length()), ONERROR, "RUS", "GOV", "RUSGOV",
        null, s, s + INJECTION.length(), "rule:<script>x</script>");
    CodedEvent e = event(art, text, "spoke by phone", List.of(actor(text, "Putin"), evil), d, Modality.ASSERTED);
    return coded(art, List.of(e), List.of(new Warning("test", "warning " + ONERROR, -1, -1)));
  }

  private static CodedEvent event(Article art, String text, String trigger, List<ActorRef> actors, EventDate d, Modality m) {
    int t = text.indexOf(trigger);
    int end = text.contains(". ") ? text.indexOf(". ") + 1 : text.length();
    Evidence ev = new Evidence(art.id(), 0, end, new Trigger(t, t + trigger.length(), trigger), "lexicon:consult.speak-by-phone");
    return new CodedEvent(CodedEvent.makeId(art.id(), t, "CONSULT"), "CONSULT", "phone", List.of(), "040", 1, 1.0,
        actors, List.of(), true, d, null, Map.of(), m, null, ev, 0.9);
  }

  static ActorRef actor(String text, String surname) {
    int at = text.indexOf(surname);
    String[] who = switch (surname) {
      case "Trump" -> new String[] {"Donald Trump", "USA", "person/donald-trump"};
      case "Putin" -> new String[] {"Vladimir Putin", "RUS", "person/vladimir-putin"};
      default -> new String[] {"Emmanuel Macron", "FRA", "person/emmanuel-macron"};
    };
    return new ActorRef(surname, who[0], who[1], "GOV", who[1] + "GOV", who[2], at, at + surname.length(),
        "kb:" + who[2]);
  }

  private static CodedArticle coded(Article art, List<CodedEvent> events, List<Warning> warnings) {
    return new CodedArticle(art, events, List.of(), warnings, 2, 20, new Provenance("test", "none", null, null, "0"));
  }
}
