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
import org.annals.model.DateBasis;
import org.annals.model.Precision;

/**
 * First-since claims: "her first visit to Beijing in almost four years", "their
 * first meeting since 2022", "the first call this year", and the bare "the first since 2022"
 * (the noun then comes from the event coded in the sentence), and "for the first time since
 * 2018" / "the first time the two have met in three years" (the event coded in the sentence, or
 * the contact verb). A "first" with no window ("the first call", "the first time") is not a claim. The reference point is the date of the event
 * the claim is about (else the publication date). Patterns compiled at construction;
 * thread-safe.
 */
final class FirstSinceRule implements ClaimRule {
  private final Pattern head = Pattern.compile("\\b(?:(?:their|his|her|its|the|an?)\\s+)?first\\s+"
      + "(?<phrase>" + EventNouns.MODIFIERS + EventNouns.NOUN + ")\\b", Pattern.CASE_INSENSITIVE);
  private final Pattern bare = Pattern.compile("\\b(?:(?:their|his|her|its|the)\\s+)?first(?=\\s+since\\b)",
      Pattern.CASE_INSENSITIVE);
  /** "for the first time since 2018", "the first time the two leaders have met in three years". */
  private final Pattern time = Pattern.compile("\\b(?:for\\s+)?the\\s+first\\s+time\\b"
      + "(?:[^,.;:!?]{0,60}?\\b(?<verb>" + EventNouns.VERB + "|meet|talk|speak|visit)\\b)?",
      Pattern.CASE_INSENSITIVE);

  @Override
  public List<Claim> find(SentenceView s) {
    List<Claim> out = new ArrayList<>();
    Matcher m = head.matcher(s.text());
    while (m.find()) {
      add(s, m, EventNouns.mode(m.group("phrase")), "claim:first-since", out);
    }
    m = bare.matcher(s.text());
    while (m.find()) {
      Optional<CodedEvent> e = Subjects.event(s, null, s.start() + m.start(), s.start() + m.end());
      if (e.isPresent()) {
        add(s, m, e.get().mode(), "claim:first-since:bare", out);
      }
    }
    m = time.matcher(s.text());
    while (m.find()) {
      Optional<CodedEvent> e = Subjects.event(s, null, s.start() + m.start(), s.start() + m.end());
      String mode = m.group("verb") != null ? EventNouns.verbMode(m.group("verb"), false)
          : e.map(CodedEvent::mode).orElse(null);
      if (e.isPresent() || m.group("verb") != null) {
        add(s, m, mode, "claim:first-since:first-time", out);
      }
    }
    return out;
  }

  private static void add(SentenceView s, Matcher m, String mode, String rule, List<Claim> out) {
    Optional<CodedEvent> event = Subjects.eventOrEarlier(s, mode, s.start() + m.start(), s.start() + m.end());
    LocalDate at = Subjects.at(s, event);
    if (at == null) {
      return;
    }
    Optional<Windows.Found> window = Windows.after(s.text(), m.end(), at);
    if (window.isEmpty()) {
      return;
    }
    Windows.Found w = window.get();
    int end = w.end();
    Map<String, Object> subject = Subjects.base(mode,
        Subjects.countries(s, event, s.start() + m.start(), s.start() + end), at);
    if (w.since() != null) {
      subject.put(ClaimSubject.FROM, w.since().end().plusDays(1).toString());
      subject.put(ClaimSubject.SINCE, w.since().label());
      subject.put(ClaimSubject.SINCE_END, w.since().end().toString());
    } else {
      subject.put(ClaimSubject.FROM, w.from().toString());
      String month = w.from().toString().substring(0, 7);
      subject.put(ClaimSubject.SINCE, w.span() || w.qualifier() != null ? "about " + month : w.from().toString());
    }
    if (w.qualifier() != null) {
      subject.put(ClaimSubject.QUALIFIER, w.qualifier());
    }
    subject.put(ClaimSubject.TO, at.toString());
    if (event.map(e -> e.date().basis() == DateBasis.PUBLICATION
        || e.date().precision() != Precision.DAY).orElse(true)) {
      subject.put(ClaimSubject.AT_BASIS, "publication");
    }
    out.add(ClaimRule.claim(s, ClaimSubject.KIND_FIRST_SINCE, m.start(), end, subject, rule));
  }
}
