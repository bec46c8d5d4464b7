package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;

/**
 * Count claims: ordinals ("their third meeting in the last four months", "the fourth round of
 * talks") and cardinals with a window ("three visits this year", "have spoken twice since
 * February"). "first" is left to {@link FirstSinceRule}; "a second call" without a window means
 * "another call" and is skipped; cardinals need a window. Patterns compiled at construction;
 * thread-safe.
 */
final class CountRule implements ClaimRule {
  private final Pattern ordinal = Pattern.compile("\\b(?:(?<det>their|his|her|its|the|an?)\\s+)?"
      + "(?<n>" + Numbers.ORDINAL + ")\\s+(?<phrase>" + EventNouns.MODIFIERS + EventNouns.NOUN + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private final Pattern bare = Pattern.compile("\\b(?:the|their)\\s+(?<n>" + Numbers.ORDINAL
      + ")(?=\\s+(?:this|since|in|over|between|with|of\\s+the))", Pattern.CASE_INSENSITIVE);
  private final Pattern cardinal = Pattern.compile("\\b(?<n>" + Numbers.CARDINAL + ")\\s+"
      + "(?<phrase>" + EventNouns.MODIFIERS + EventNouns.PLURAL + ")\\b", Pattern.CASE_INSENSITIVE);
  private final Pattern times = Pattern.compile("\\b(?<verb>" + EventNouns.VERB + ")"
      + "(?<by>\\s+by\\s+(?:tele)?phone)?\\s+(?<n>twice|once|" + Numbers.CARDINAL + "\\s+times)\\b",
      Pattern.CASE_INSENSITIVE);

  @Override
  public List<Claim> find(SentenceView s) {
    List<Claim> out = new ArrayList<>();
    Matcher m = ordinal.matcher(s.text());
    while (m.find()) {
      OptionalInt n = Numbers.ordinal(m.group("n"));
      boolean indefinite = m.group("det") != null && m.group("det").toLowerCase(java.util.Locale.ROOT).startsWith("a");
      if (n.isPresent() && n.getAsInt() > 1) {
        add(s, m, n.getAsInt(), "ordinal", EventNouns.mode(m.group("phrase")), !indefinite, out);
      }
    }
    m = bare.matcher(s.text());
    while (m.find()) {
      OptionalInt n = Numbers.ordinal(m.group("n"));
      Optional<String> mode = bareMode(s, m.start());
      if (n.isPresent() && n.getAsInt() > 1 && mode.isPresent()) {
        add(s, m, n.getAsInt(), "ordinal", mode.get().isEmpty() ? null : mode.get(), false, out);
      }
    }
    m = cardinal.matcher(s.text());
    while (m.find()) {
      OptionalInt n = Numbers.cardinal(m.group("n"));
      if (n.isPresent() && !m.group("n").toLowerCase(java.util.Locale.ROOT).startsWith("a")) {
        add(s, m, n.getAsInt(), "cardinal", EventNouns.mode(m.group("phrase")), false, out);
      }
    }
    m = times.matcher(s.text());
    while (m.find()) {
      OptionalInt n = Numbers.cardinal(m.group("n").split("\\s+")[0]);
      String mode = EventNouns.verbMode(m.group("verb"), m.group("by") != null);
      if (n.isPresent()) {
        add(s, m, n.getAsInt(), "cardinal", mode, false, out);
      }
    }
    return out;
  }

  /**
   * The mode of "the third this year": the coded event of the sentence, else an event noun
   * before it ("" for any mode); empty when the sentence names no event.
   */
  private Optional<String> bareMode(SentenceView s, int at) {
    Optional<CodedEvent> event = Subjects.event(s, null, s.start() + at, s.start() + at);
    if (event.isPresent()) {
      return Optional.of(event.get().mode() == null ? "" : event.get().mode());
    }
    Matcher noun = EventNouns.ANY_NOUN.matcher(s.text()).region(0, at);
    if (!noun.find()) {
      return Optional.empty();
    }
    String mode = EventNouns.mode(noun.group());
    return Optional.of(mode == null ? "" : mode);
  }

  private static void add(SentenceView s, Matcher m, int value, String number, String mode,
      boolean windowOptional, List<Claim> out) {
    LocalDate pub = s.published();
    Optional<Windows.Found> window = pub == null ? Optional.empty()
        : Windows.after(s.text(), m.end(), pub);
    if (window.isEmpty() && !windowOptional) {
      return;
    }
    int end = window.map(Windows.Found::end).orElse(m.end());
    Optional<CodedEvent> event = Subjects.eventOrEarlier(s, mode, s.start() + m.start(), s.start() + end);
    LocalDate at = Subjects.at(s, event);
    Map<String, Object> subject = Subjects.base(mode,
        Subjects.countries(s, event, s.start() + m.start(), s.start() + end), at);
    subject.put(ClaimSubject.VALUE, value);
    subject.put(ClaimSubject.NUMBER, number);
    window.ifPresent(w -> {
      subject.put(ClaimSubject.FROM, w.from().toString());
      subject.put(ClaimSubject.TO, w.to().toString());
    });
    String rule = "claim:count:" + number + (window.isPresent() ? "-window" : "");
    out.add(ClaimRule.claim(s, ClaimSubject.KIND_COUNT, m.start(), end, subject, rule));
  }
}
