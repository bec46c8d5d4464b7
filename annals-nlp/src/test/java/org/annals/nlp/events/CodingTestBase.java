package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.nlp.Pipeline;
import org.annals.nlp.PipelineFactory;

/**
 * The extension point for coding tests: one shared pipeline per JVM, and a one-line expectation
 * per event so that a new lexicon case is a few lines.
 *
 * <p>An expectation is the canonical summary of one event, e.g.
 * {@code "CONSULT/phone 041 RUS:GOV+USA:GOV symmetric asserted"} or
 * {@code "REQUEST/yield 1056 USA:GOV -> RUS:GOV asserted"}: type and optional mode, CAMEO code,
 * actors as COUNTRY:SECTOR joined by '+', optional "-> recipients", "symmetric" when symmetric,
 * then the modality. Participants are compared in sorted order. {@link #assertCodes} requires the
 * article's events to be exactly the expected ones, in text order.
 */
abstract class CodingTestBase {

  static Pipeline pipeline() {
    return PipelineFactory.shared();
  }

  static CodedArticle code(String text, String published) {
    return pipeline().code(Article.of(text, published == null ? null : LocalDate.parse(published)));
  }

  /** The event types coded from {@code text}, in text order. */
  static List<String> types(String text, String published) {
    return code(text, published).events().stream().map(CodedEvent::event).toList();
  }

  /**
   * The date value and date rule ("2024-05-09 time:weekday-past") of the first event whose trigger
   * contains {@code trigger}, or "no event".
   */
  static String dateOf(String text, String published, String trigger) {
    return code(text, published).events().stream()
        .filter(e -> e.evidence().trigger().text().contains(trigger)).map(CodedEvent::date)
        .map(d -> d.value() + " " + d.rule()).findFirst().orElse("no event");
  }

  /** Codes {@code text} and asserts the full list of events. */
  static CodedArticle assertCodes(String text, String published, String... expected) {
    CodedArticle coded = code(text, published);
    List<String> actual = coded.events().stream().map(CodingTestBase::summary).toList();
    assertThat(actual).as("events coded from: %s%n%s", text, explain(coded))
        .containsExactly(Arrays.stream(expected).map(CodingTestBase::normalise).toArray(String[]::new));
    return coded;
  }

  /** The canonical one-line summary of an event. */
  static String summary(CodedEvent e) {
    StringBuilder b = new StringBuilder(e.event());
    if (e.mode() != null) {
      b.append('/').append(e.mode());
    }
    b.append(' ').append(e.cameo()).append(' ').append(side(e.actors()));
    if (!e.recipients().isEmpty()) {
      b.append(" -> ").append(side(e.recipients()));
    }
    if (e.symmetric()) {
      b.append(" symmetric");
    }
    return b.append(' ').append(e.modality().label()).toString();
  }

  private static String side(List<ActorRef> refs) {
    if (refs.isEmpty()) {
      return "-";
    }
    return refs.stream().map(r -> (r.country() == null ? "---" : r.country())
        + (r.sector() == null ? "" : ":" + r.sector()))
        .sorted().collect(Collectors.joining("+"));
  }

  /** Sorts the participants of a hand-written expectation like {@link #summary} does. */
  static String normalise(String expected) {
    String[] parts = expected.trim().split("\\s+");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      out.add(p.contains(":") || p.contains("+") ? Arrays.stream(p.split("\\+")).sorted()
          .collect(Collectors.joining("+")) : p);
    }
    return String.join(" ", out);
  }

  static String explain(CodedArticle coded) {
    StringBuilder b = new StringBuilder();
    for (CodedEvent e : coded.events()) {
      b.append("  ").append(summary(e)).append("  [").append(e.evidence().trigger().text())
          .append("] ").append(e.evidence().rule()).append(" actors=")
          .append(e.actors().stream().map(a -> a.text() + "=" + a.rule()).toList())
          .append(" recipients=")
          .append(e.recipients().stream().map(a -> a.text() + "=" + a.rule()).toList()).append('\n');
    }
    return b.toString();
  }
}
