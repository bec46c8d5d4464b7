package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Provenance;
import org.annals.model.Trigger;
import org.annals.model.Warning;

/** Builds synthetic pre-coded articles (the project's own sentences; no CoreNLP). */
final class Fixtures {
  private Fixtures() {}

  static ActorRef actor(String name, String country, String sector, String entity) {
    return new ActorRef(name, name, country, sector, country + sector, entity, 0, 0,
        "test:" + name);
  }

  static final ActorRef PUTIN = actor("Vladimir Putin", "RUS", "GOV", "person/vladimir-putin");
  static final ActorRef TRUMP = actor("Donald Trump", "USA", "GOV", "person/donald-trump");
  static final ActorRef MACRON = actor("Emmanuel Macron", "FRA", "GOV", "person/emmanuel-macron");

  /** A builder of one article whose events point at words of its text. */
  static final class Builder {
    private final String text;
    private final LocalDate published;
    private String outlet;
    private String url;
    private final List<CodedEvent> events = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    Builder(String text, LocalDate published) {
      this.text = text;
      this.published = published;
    }

    Builder outlet(String o) {
      outlet = o;
      return this;
    }

    Builder url(String u) {
      url = u;
      return this;
    }

    Builder warning(String code) {
      warnings.add(Warning.article(code, "test warning " + code));
      return this;
    }

    /** An event triggered by the first occurrence of {@code trigger} in the text. */
    Builder event(String trigger, String type, String mode, String date, Modality modality,
        boolean symmetric, List<ActorRef> actors, List<ActorRef> recipients,
        Map<String, String> attributes) {
      int at = text.indexOf(trigger);
      if (at < 0) {
        throw new IllegalArgumentException("trigger not in text: " + trigger);
      }
      String id = CodedEvent.makeId(Article.contentId(text), at, type);
      Precision p = date == null ? Precision.UNKNOWN : date.matches("\\d{4}-\\d{2}-\\d{2}")
          ? Precision.DAY : date.matches("\\d{4}-W\\d{2}") ? Precision.WEEK
          : date.matches("\\d{4}-\\d{2}") ? Precision.MONTH
          : date.matches("\\d{4}") ? Precision.YEAR : Precision.UNKNOWN;
      EventDate d = new EventDate(date, p, date == null ? DateBasis.UNKNOWN : DateBasis.RELATIVE,
          null, "test:date");
      int sentence = Math.max(text.lastIndexOf("\n", at) + 1, text.lastIndexOf(". ", at) + 2);
      Evidence ev = new Evidence(null, sentence > 1 ? sentence : 0, text.length(),
          new Trigger(at, at + trigger.length(), trigger), "test:" + type.toLowerCase());
      events.add(new CodedEvent(id, type, mode, List.of(), type.equals("CONSULT") ? "041" : "010",
          type.equals("CONSULT") ? 1 : 3, type.equals("CONSULT") ? 1.0 : -2.0, actors,
          recipients, symmetric, d, null, attributes, modality, null, ev, 0.9));
      return this;
    }

    /** Places the last event at {@code loc}. */
    Builder located(org.annals.model.Location loc) {
      int last = events.size() - 1;
      events.set(last, events.get(last).withLocation(loc));
      return this;
    }

    /** A symmetric asserted phone call between the given leaders. */
    Builder call(String trigger, String date, ActorRef... who) {
      return event(trigger, "CONSULT", "phone", date, Modality.ASSERTED, true, List.of(who),
          List.of(), Map.of());
    }

    CodedArticle build() {
      Article a = new Article(null, null, url, "title", outlet, published, "en", text);
      return new CodedArticle(a, events, List.of(), warnings, 3, text.split(" ").length,
          new Provenance("test", "none", "test", "test", "0"));
    }
  }

  static Builder article(String text, LocalDate published) {
    return new Builder(text, published);
  }

  /** A synthetic article number {@code i} with {@code n} events over varied dyads and days. */
  static CodedArticle synthetic(int i, int n) {
    String[] countries = {"RUS", "USA", "FRA", "DEU", "CHN", "IND", "BRA", "GBR"};
    StringBuilder text = new StringBuilder("Report number " + i + ".");
    for (int k = 0; k < n; k++) {
      text.append(" Leaders of ").append(countries[(i + k) % 8]).append(" and ")
          .append(countries[(i * 3 + k + 1) % 8]).append(" talked, item ").append(k)
          .append(" of report ").append(i).append('.');
    }
    Builder b = article(text.toString(), LocalDate.of(2025, 1 + i % 12, 1 + i % 28))
        .outlet("outlet" + (i % 5)).url("https://example.org/" + i);
    for (int k = 0; k < n; k++) {
      String c1 = countries[(i + k) % 8];
      String c2 = countries[(i * 3 + k + 1) % 8];
      if (c1.equals(c2)) {
        c2 = "UKR";
      }
      b.call("item " + k + " of report " + i + ".",
          LocalDate.of(2025, 1 + (i + k) % 12, 1 + (i * 7 + k) % 28).toString(),
          actor(c1 + " leader", c1, "GOV", null), actor(c2 + " leader", c2, "GOV", null));
    }
    return b.build();
  }
}
