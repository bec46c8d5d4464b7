package org.annals.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Provenance;
import org.annals.model.Trigger;

/**
 * Synthetic pre-coded reports of leaders' phone calls (facts from
 * ../shared/facts/diplomacy-2025-timeline.md, the project's own wording) for filling a store, and
 * claims built directly, so that verification is tested without CoreNLP.
 */
public final class Records {
  private static final List<String> FILLER = List.of("officials", "readout", "capital", "talks",
      "statement", "aides", "agenda", "briefing", "reporters", "sources", "ministry", "evening",
      "morning", "week", "region", "partners", "security", "energy", "prisoners", "exchange");
  private static final Provenance PROVENANCE = new Provenance("test", "none", null, null, "test");

  private Records() {}

  public static ActorRef leader(String country) {
    return new ActorRef(country, country, country, "GOV", country + "GOV", null, 0, 0, "test");
  }

  /**
   * One outlet's report of one phone call between {@code a} and {@code b} on {@code date}, with a
   * duration (ISO, or null). Texts differ enough not to be near-duplicates of each other.
   */
  public static CodedArticle call(String outlet, String date, String duration, String a, String b) {
    return report(outlet, LocalDate.parse(date), consultOn(date, duration, a, b));
  }

  /** An article published on {@code published} carrying {@code events}. */
  public static CodedArticle report(String outlet, LocalDate published, EventSpec... events) {
    Random r = new Random((outlet + published + events.length).hashCode());
    StringBuilder text = new StringBuilder(outlet + " reported on " + published + ": the leaders spoke by phone.");
    for (int i = 0; i < 30; i++) {
      text.append(' ').append(FILLER.get(r.nextInt(FILLER.size())));
    }
    text.append('.');
    String t = text.toString();
    int at = t.indexOf("spoke");
    List<CodedEvent> coded = new ArrayList<>();
    for (EventSpec e : events) {
      Precision p = e.date().contains("-W") ? Precision.WEEK : Precision.DAY;
      EventDate d = new EventDate(e.date(), p, DateBasis.EXPLICIT, null, "test");
      Evidence ev = new Evidence(null, 0, t.length(), new Trigger(at, at + 5, "spoke"), "test");
      coded.add(new CodedEvent(CodedEvent.makeId(Article.contentId(t), at + coded.size(), "CONSULT"),
          "CONSULT", "phone", List.of(), "041", 1, 1.0, List.of(leader(e.a()), leader(e.b())),
          List.of(), true, d, null, e.duration() == null ? Map.of() : Map.of("duration", e.duration()),
          Modality.ASSERTED, null, ev, 0.9));
    }
    Article article = new Article(null, null, "https://" + outlet.toLowerCase().replace(' ', '-')
        + ".example/" + published, null, outlet, published, "en", t);
    return new CodedArticle(article, coded, List.of(), List.of(), 1, 40, PROVENANCE);
  }

  /** A phone call on {@code date} (a day, or an ISO week such as {@code 2025-W24}). */
  public record EventSpec(String date, String duration, String a, String b) {}

  public static EventSpec consultOn(String date, String duration, String a, String b) {
    return new EventSpec(date, duration, a, b);
  }

  /** A claim of {@code kind} with {@code subject} (key, value pairs). */
  public static Claim claim(String kind, Object... subject) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < subject.length; i += 2) {
      m.put((String) subject[i], subject[i + 1]);
    }
    return new Claim(kind, "claim words", 0, 11, m, "test");
  }
}
