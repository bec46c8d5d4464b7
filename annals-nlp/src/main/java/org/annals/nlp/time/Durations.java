package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Attaches a duration stated about an earlier event ("The call only lasted an hour") to that
 * event as the attribute {@code duration} (ISO 8601), with its hedge as {@code duration_mod}
 * ("about an hour and a half": PT1H30M, APPROX). The length is read from the text by
 * {@link DurationPhrase}, since SUTime splits phrases such as "an hour and a half". A duration
 * counts when it is the time modifier of "last"/"take"/"run" whose subject names an event, or
 * when it modifies a CONSULT event's trigger directly ("spoke for two hours", "a 90-minute
 * call"); durations in comparisons ("shorter than the previous 90 minute calls") are not
 * attached. Stateless and thread-safe.
 */
final class Durations {
  static final String ATTRIBUTE = "duration";
  /** The hedge of the duration as a TIMEX3 mod (APPROX, LESS_THAN, MORE_THAN). */
  static final String MOD = "duration_mod";
  private static final Set<String> VERBS = Set.of("last", "take", "run", "continue", "stretch");
  private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:than|compared)\\b");
  private static final Pattern CONCRETE = Pattern.compile("^PT?\\d+(?:\\.\\d+)?[HMSDWY]$");

  private Durations() {}

  static List<CodedEvent> attach(TimeAnchor.Doc doc, List<CodedEvent> events) {
    List<CodedEvent> out = new ArrayList<>(events);
    String text = doc.annotated().text();
    for (Sentence s : doc.annotated().sentences()) {
      List<DurationPhrase.Reading> readings = DurationPhrase.find(text.substring(s.start(), s.end()));
      Set<DurationPhrase.Reading> used = new HashSet<>();
      for (TimeMention m : doc.in(s)) {
        if (!"DURATION".equals(m.timex().type())) {
          continue;
        }
        Optional<DurationPhrase.Reading> reading = reading(s, m, readings);
        if (reading.isPresent() && !used.add(reading.get())) {
          continue;
        }
        Map<String, String> duration = value(m, reading);
        if (duration.isEmpty()) {
          continue;
        }
        target(s, m, out, text).filter(ref -> !ref.attributes().containsKey(ATTRIBUTE)).ifPresent(ref -> {
          Map<String, String> attrs = new HashMap<>(ref.attributes());
          attrs.putAll(duration);
          out.set(out.indexOf(ref), ref.withAttributes(attrs));
        });
      }
    }
    return out;
  }

  /**
   * The event a duration is about: the earlier event named by the subject of "lasted"/"took"
   * ("The call lasted an hour"), else a CONSULT event of this sentence whose trigger the duration
   * modifies directly ("spoke by phone for about two hours", "a 90-minute phone call"), unless
   * the sentence compares ("shorter than the previous 2-hour calls") or the trigger is plural.
   */
  private static Optional<CodedEvent> target(Sentence s, TimeMention m, List<CodedEvent> events, String text) {
    Optional<Token> noun = subjectNoun(s, m);
    if (noun.isPresent()) {
      List<CodedEvent> before = events.stream().filter(e -> TimeAnchor.triggerStart(e) < s.start()).toList();
      return EventNouns.referent(noun.get().lemma(), before);
    }
    if (COMPARISON.matcher(text.substring(s.start(), m.timex().start())).find()) {
      return Optional.empty();
    }
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      Optional<Dependency> up = s.headOf(t).filter(d -> !d.isRoot()
          && (d.governor() < m.firstToken() || d.governor() > m.lastToken())
          && d.relation().matches("obl|obl:for|obl:tmod|nmod:tmod|obl:npmod|amod|compound|nummod|nmod"));
      if (up.isPresent()) {
        Token head = s.tokens().get(up.get().governor());
        return head.pos().equals("NNS") ? Optional.empty() : events.stream()
            .filter(e -> "CONSULT".equals(e.event()) && e.evidence() != null && e.evidence().trigger() != null
                && e.evidence().trigger().start() <= head.start() && head.end() <= e.evidence().trigger().end())
            .findFirst();
      }
    }
    return Optional.empty();
  }

  /** The duration phrase read from the text that overlaps SUTime's mention (which may be a part of it). */
  private static Optional<DurationPhrase.Reading> reading(Sentence s, TimeMention m,
      List<DurationPhrase.Reading> readings) {
    int start = m.timex().start() - s.start();
    int end = m.timex().end() - s.start();
    return readings.stream().filter(r -> r.start() < end && start < r.end()).findFirst();
  }

  /**
   * The attributes {@code duration} (ISO 8601) and, when hedged, {@code duration_mod} (TIMEX3
   * mod): from the text's reading, else SUTime's value when it is concrete; empty for neither.
   */
  private static Map<String, String> value(TimeMention m, Optional<DurationPhrase.Reading> reading) {
    Map<String, String> out = new HashMap<>();
    if (reading.isPresent()) {
      out.put(ATTRIBUTE, reading.get().iso());
      if (reading.get().mod() != null) {
        out.put(MOD, reading.get().mod());
      }
    } else if (m.value() != null && CONCRETE.matcher(m.value()).matches()) {
      out.put(ATTRIBUTE, m.value());
    }
    return out;
  }

  /**
   * The event noun that is the subject of "last"/"take" when the duration modifies that verb: by
   * the parse (obl:tmod, obl:for, ...), or, when the parse went astray, when the duration directly
   * follows the verb ("lasted only 45 minutes", "took about an hour").
   */
  private static Optional<Token> subjectNoun(Sentence s, TimeMention m) {
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      Optional<Dependency> up = s.headOf(t)
          .filter(d -> !d.isRoot() && d.relation().matches("obl:tmod|nmod:tmod|obl:for|obj|obl:npmod|obl"))
          .filter(d -> VERBS.contains(s.tokens().get(d.governor()).lemma()));
      if (up.isPresent()) {
        return subject(s, up.get().governor());
      }
    }
    int v = m.firstToken() - 1;
    while (v >= 0 && (s.tokens().get(v).pos().startsWith("RB") || s.tokens().get(v).word().equalsIgnoreCase("for"))) {
      v--;
    }
    return v >= 0 && VERBS.contains(s.tokens().get(v).lemma()) ? subject(s, v) : Optional.empty();
  }

  private static Optional<Token> subject(Sentence s, int verb) {
    for (Dependency d : s.dependentsOf(verb)) {
      Token subject = s.tokens().get(d.dependent());
      if (d.relation().startsWith("nsubj") && EventNouns.refersToEvent(subject.lemma())) {
        return Optional.of(subject);
      }
    }
    return Optional.empty();
  }
}
