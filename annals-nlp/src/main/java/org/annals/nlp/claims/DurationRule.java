package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.nlp.time.DurationPhrase;

/**
 * Duration claims ("the call lasted an hour", "a 90-minute meeting", "three hours of talks") and duration comparisons
 * ("far longer than the earlier 40-minute and one-hour meetings"). When a sentence
 * compares, its stated duration ("lasted an hour") becomes the comparison's {@code duration}
 * instead of a claim of its own. The comparison's window is a "since DATE" later in the sentence,
 * else the year before the event. Patterns compiled at construction; thread-safe.
 */
final class DurationRule implements ClaimRule {
  private static final List<String> KEYWORDS = List.of("minute", "min ", "mins", "hour", "hr",
      "shorter", "longer");
  private final Pattern lasted = Pattern.compile("\\b(?:lasted|lasting|went\\s+on\\s+for|ran\\s+for)"
      + "\\s+(?:only\\s+)?(?:(?<q>" + DurationPhrase.HEDGE + ")\\s+)?(?:for\\s+)?(?<d>" + Durations.DURATION
      + ")(?![a-z])",
      Pattern.CASE_INSENSITIVE);
  private final Pattern adjective = Pattern.compile("\\b(?:an?\\s+)?(?<d>" + Durations.DURATION
      + ")(?:[\\s-]+long|\\s+of)?\\s+(?<phrase>" + EventNouns.MODIFIERS + EventNouns.NOUN + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private final Pattern onDate = Pattern.compile("\\b(?:on|of)\\s+(?<d>" + Periods.DATE + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private final Pattern compare = Pattern.compile("\\b(?:(?<deg>much|far|considerably"
      + "|significantly|slightly|somewhat|a\\s+lot|a\\s+bit|a\\s+little)\\s+)?"
      + "(?<cmp>shorter|longer)\\s+than\\s+(?:(?<some>some|one|several|a\\s+few|most|many)\\s+of\\s+)?"
      + "(?:(?:the|their|his|her|its)\\s+)?"
      + "(?:(?:previous|earlier|prior|last|other|past)\\s+)?"
      + "(?:(?<list>" + Durations.LIST + ")(?:[\\s-]+long)?\\s+)?"
      + "(?<phrase>" + EventNouns.MODIFIERS + "(?:" + EventNouns.NOUN + "|ones))\\b",
      Pattern.CASE_INSENSITIVE);

  @Override
  public boolean mayMatch(String lowerCased) {
    return ClaimRule.containsAny(lowerCased, KEYWORDS);
  }

  @Override
  public List<Claim> find(SentenceView s) {
    List<Claim> out = new ArrayList<>();
    Matcher c = compare.matcher(s.text());
    if (c.find()) {
      Matcher l = lasted.matcher(s.text());
      OptionalInt stated = l.find() ? Durations.minutes(l.group("d")) : OptionalInt.empty();
      addComparison(s, c, stated, out);
      return out;
    }
    Matcher m = lasted.matcher(s.text());
    while (m.find()) {
      if (aboutAnEvent(s, m.start())) {
        addDuration(s, m, null, m.group("q"), out);
      }
    }
    m = adjective.matcher(s.text());
    while (m.find()) {
      addDuration(s, m, EventNouns.mode(m.group("phrase")), null, out);
    }
    return out;
  }

  private void addDuration(SentenceView s, Matcher m, String mode, String qualifier,
      List<Claim> out) {
    OptionalInt minutes = Durations.minutes(m.group("d"));
    if (minutes.isEmpty() || out.stream().anyMatch(o -> o.end() > s.start() + m.start()
        && o.start() < s.start() + m.end())) {
      return;
    }
    Optional<CodedEvent> event = Subjects.event(s, mode, s.start() + m.start(), s.start() + m.end());
    String eventMode = mode != null ? mode : event.map(CodedEvent::mode).orElse(null);
    Map<String, Object> subject = Subjects.base(eventMode, Subjects.countries(s, event, s.start() + m.start(), s.end()),
        event.isPresent() ? Subjects.at(s, event) : statedDay(s, m.start()));
    subject.put(ClaimSubject.DURATION, Durations.iso(minutes.getAsInt()));
    if (qualifier != null) {
      subject.put(ClaimSubject.QUALIFIER, DurationPhrase.qualifier(qualifier));
    }
    out.add(ClaimRule.claim(s, ClaimSubject.KIND_DURATION, m.start(), m.end(), subject,
        "claim:duration"));
  }

  private static void addComparison(SentenceView s, Matcher c, OptionalInt stated,
      List<Claim> out) {
    String mode = EventNouns.mode(c.group("phrase"));
    Optional<CodedEvent> event = Subjects.event(s, mode, s.start(), s.end());
    LocalDate at = Subjects.at(s, event);
    if (at == null) {
      return;
    }
    List<String> countries = Subjects.countries(s, event, s.start() + c.start(), s.end());
    Map<String, Object> subject = Subjects.base(mode, countries, at);
    subject.put(ClaimSubject.COMPARE, c.group("cmp").toLowerCase(Locale.ROOT));
    if (c.group("deg") != null) {
      subject.put(ClaimSubject.DEGREE, c.group("deg").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
    OptionalInt current = stated.isPresent() ? stated : event
        .map(e -> e.attributes().get(ClaimSubject.DURATION)).map(DurationRule::isoMinutes)
        .orElse(OptionalInt.empty());
    current.ifPresent(v -> subject.put(ClaimSubject.DURATION, Durations.iso(v)));
    if (c.group("some") != null) {
      subject.put(ClaimSubject.QUANTIFIER,
          c.group("some").toLowerCase(Locale.ROOT).matches("most|many") ? "most" : "some");
    }
    if (c.group("list") != null) {
      subject.put(ClaimSubject.REFERENCE, Arrays.stream(Durations.all(c.group("list")))
          .mapToObj(Durations::iso).toList());
    }
    LocalDate from = Windows.sinceAnywhere(s.text(), c.end(), at)
        .map(Windows.Found::from).orElse(at.minusYears(1));
    subject.put(ClaimSubject.FROM, from.toString());
    subject.put(ClaimSubject.TO, at.toString());
    out.add(ClaimRule.claim(s, ClaimSubject.KIND_DURATION_COMPARE, c.start(), c.end(), subject,
        "claim:duration-compare"));
  }

  /** Whether "lasted" at {@code end} follows an event noun or the sentence reports a contact. */
  private boolean aboutAnEvent(SentenceView s, int end) {
    return EventNouns.ANY_NOUN.matcher(s.text()).region(0, end).find()
        || s.events().stream().anyMatch(e -> EventNouns.CONSULT.equals(e.event()));
  }

  /** A day named before {@code end} in the sentence ("their call on June 14 lasted"), else the publication date. */
  private LocalDate statedDay(SentenceView s, int end) {
    Matcher d = onDate.matcher(s.text()).region(0, end);
    if (s.published() != null && d.find()) {
      Optional<Periods.Period> p = Periods.resolve(d.group("d"), s.published());
      if (p.isPresent() && p.get().start().equals(p.get().end())) {
        return p.get().start();
      }
    }
    return s.published();
  }

  private static OptionalInt isoMinutes(String iso) {
    try {
      return OptionalInt.of((int) java.time.Duration.parse(iso).toMinutes());
    } catch (java.time.format.DateTimeParseException e) {
      return OptionalInt.empty();
    }
  }
}
