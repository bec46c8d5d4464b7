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

/**
 * Last/previous claims: "they last spoke on June 14", "last met in May", "their previous call,
 * on June 14", "the last meeting was in 2022". The claimed date is resolved against the date of
 * the event the sentence reports (else the publication date): the latest such date before it.
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
    Optional<CodedEvent> event = Subjects.event(s, mode, s.start() + m.start(), s.start() + m.end())
        .filter(e -> Subjects.triggerStart(e) < s.start() + m.start()
            || Subjects.triggerStart(e) >= s.start() + m.end());
    LocalDate at = Subjects.at(s, event);
    if (at == null) {
      return;
    }
    Optional<Periods.Period> date = Periods.resolve(m.group("d"), at.minusDays(1));
    if (date.isEmpty()) {
      return;
    }
    Map<String, Object> subject = Subjects.base(mode,
        Subjects.countries(s, event, s.start() + m.end()), at);
    subject.put(ClaimSubject.DATE, date.get().label());
    subject.put(ClaimSubject.FROM, date.get().start().toString());
    subject.put(ClaimSubject.TO, date.get().end().toString());
    out.add(ClaimRule.claim(s, ClaimSubject.KIND_LAST, m.start(), m.end(), subject, rule));
  }
}
