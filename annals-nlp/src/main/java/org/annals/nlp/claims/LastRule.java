package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.model.Precision;

/**
 * Last/previous claims: "they last spoke on June 14", "last met in May", "their previous call,
 * on June 14", "the last meeting was in 2022". The claimed date is resolved against the date of
 * the event the sentence reports (else the publication date): the latest such date before it. The
 * claim speaks of the day of that event, else of the article's first event after the claimed
 * date ("their previous call" is previous to it), else of the publication date.
 * Patterns compiled at construction; thread-safe.
 */
final class LastRule implements ClaimRule {
  private final Pattern verb = Pattern.compile("\\b(?:last|previously)\\s+(?<verb>" + EventNouns.VERB
      + ")(?<by>\\s+by\\s+(?:tele)?phone)?\\s+(?:on|in)\\s+(?<d>" + Periods.DATE + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private final Pattern noun = Pattern.compile("\\b(?:their|his|her|its|the)\\s+(?:last|previous"
      + "|most\\s+recent)\\s+(?<phrase>" + EventNouns.MODIFIERS + EventNouns.NOUN + ")\\s*,?\\s+"
      + "(?:(?:was|were)\\s+)?(?:held\\s+)?(?:on|in)\\s+(?<d>" + Periods.DATE + ")\\b",
      Pattern.CASE_INSENSITIVE);

  @Override
  public List<Claim> find(SentenceView s) {
    List<Claim> out = new ArrayList<>();
    Matcher m = verb.matcher(s.text());
    while (m.find()) {
      add(s, m, EventNouns.verbMode(m.group("verb"), m.group("by") != null), "claim:last:verb", out);
    }
    m = noun.matcher(s.text());
    while (m.find()) {
      add(s, m, EventNouns.mode(m.group("phrase")), "claim:last:noun", out);
    }
    return out;
  }

  private static void add(SentenceView s, Matcher m, String mode, String rule, List<Claim> out) {
    int start = s.start() + m.start();
    int end = s.start() + m.end();
    Optional<CodedEvent> event = Subjects.event(s, mode, start, end).filter(e ->
        Subjects.triggerStart(e) < start || Subjects.triggerStart(e) >= end);
    LocalDate ref = event.isPresent() ? Subjects.at(s, event) : s.published();
    if (ref == null) {
      return;
    }
    Optional<Periods.Period> date = Periods.resolve(m.group("d"), ref.minusDays(1));
    if (date.isEmpty()) {
      return;
    }
    LocalDate at = event.isPresent() ? ref : following(s, date.get().end()).orElse(ref);
    List<String> countries = event.isEmpty()
        ? Subjects.namedPair(s, start, end).orElseGet(() -> Subjects.countries(s, event, start, end))
        : Subjects.countries(s, event, start, end);
    Map<String, Object> subject = Subjects.base(mode, countries, at);
    subject.put(ClaimSubject.DATE, date.get().label());
    subject.put(ClaimSubject.FROM, date.get().start().toString());
    subject.put(ClaimSubject.TO, date.get().end().toString());
    out.add(ClaimRule.claim(s, ClaimSubject.KIND_LAST, m.start(), m.end(), subject, rule));
  }

  /**
   * The day of the article's first CONSULT event after {@code day} and not after publication:
   * "their previous call" is previous to it.
   */
  private static Optional<LocalDate> following(SentenceView s, LocalDate day) {
    return s.articleEvents().stream().filter(e -> EventNouns.CONSULT.equals(e.event()))
        .map(e -> e.date().precision() == Precision.DAY ? Subjects.parse(e.date().value()) : null)
        .filter(d -> d != null && d.isAfter(day) && (s.published() == null || !d.isAfter(s.published())))
        .min(LocalDate::compareTo);
  }
}
