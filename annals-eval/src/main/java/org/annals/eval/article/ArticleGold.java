package org.annals.eval.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.Span;

/**
 * A reference coding of one article (the format of {@code putin-trump-call.expected.json}):
 * required and expected events, what must not be asserted, and the checkable claims. Immutable.
 *
 * @param article the article's file name as the gold gives it (relative to the gold file), or null
 * @param published the publication date, or null
 */
public record ArticleGold(
    String article, LocalDate published, List<Event> events, List<Forbidden> forbidden,
    List<ClaimGold> claims) {

  public ArticleGold {
    events = List.copyOf(events);
    forbidden = List.copyOf(forbidden);
    claims = List.copyOf(claims);
  }

  /** An actor or recipient: country (ISO alpha-3 or CAMEO region), sector and name may be null. */
  public record Participant(String country, String sector, String name) {}

  /** A date value ({@code 2025-07-03}, {@code 2024-06}, {@code before 2025-07-03}) and precision. */
  public record DateGold(String value, String precision) {}

  /** Attribution expectations: whether one is required, the source's name a coder should find. */
  public record AttributionGold(boolean required, String nameShould) {}

  /**
   * One reference event.
   *
   * @param required {@code must} or {@code should}
   * @param mode the mode, or null when the gold sets none (then any mode passes)
   * @param date null when the gold gives none (then not checked)
   * @param modality e.g. {@code asserted}, or null (not checked)
   * @param attribution null when the gold says nothing about attribution
   */
  public record Event(
      String id, String required, String event, String mode, boolean symmetric,
      List<Participant> actors, List<Participant> recipients, DateGold date,
      Map<String, String> attributes, String modality, AttributionGold attribution, Span span) {
    public Event {
      actors = List.copyOf(actors);
      recipients = List.copyOf(recipients);
      attributes = Map.copyOf(attributes);
    }
  }

  /**
   * What a careful coder must not assert: an asserted event of one of {@code events} in
   * {@code span}, unless its mode is {@code modeNot}, involving all of {@code countries}.
   */
  public record Forbidden(
      String id, List<String> events, String modeNot, List<String> countries, Span span, String why) {
    public Forbidden {
      events = List.copyOf(events);
      countries = List.copyOf(countries);
    }
  }

  /**
   * A checkable claim the article makes: its kind and where.
   *
   * @param truth the expected verdict and why ("supported: ..."; "checkable ..." = any verdict but
   *     not-checkable, resting on recorded durations), or null
   */
  public record ClaimGold(String id, String kind, Span span, String text, String truth) {}
}
