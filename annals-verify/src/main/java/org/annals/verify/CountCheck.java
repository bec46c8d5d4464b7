package org.annals.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * Count claims. An ordinal ("the third meeting in the last four months") says there were n-1
 * earlier events of the subject in the window before the event it is about; a cardinal ("three
 * calls this year") says there were n in the window. More events than claimed contradicts the
 * claim; fewer makes it not checkable (the record may be incomplete). Pure and thread-safe.
 */
final class CountCheck {
  private CountCheck() {}

  static Verdict check(Claim claim, Subject s, History history) {
    int value = ClaimSubject.integer(claim, ClaimSubject.VALUE).orElse(0);
    boolean ordinal = "ordinal".equals(ClaimSubject.string(claim, ClaimSubject.NUMBER).orElse(""));
    LocalDate from = ClaimSubject.date(claim, ClaimSubject.FROM).orElse(null);
    LocalDate to = ordinal ? s.at() : ClaimSubject.date(claim, ClaimSubject.TO).orElse(s.at());
    List<EvidenceEvent> evidence = new ArrayList<>();
    List<History.Dated> counted = new ArrayList<>();
    int count;
    if (ordinal) {
      List<History.Dated> earlier = history.events(s, from, History.before(s.at())).events();
      List<History.Dated> current = history.around(s, s.at());
      earlier.forEach(d -> evidence.add(history.evidence(d, "counted")));
      current.forEach(d -> evidence.add(history.evidence(d, "claimed")));
      counted.addAll(earlier);
      counted.addAll(current);
      count = earlier.size() + 1;
    } else {
      counted.addAll(history.events(s, from, to).events());
      counted.forEach(d -> evidence.add(history.evidence(d, "counted")));
      count = counted.size();
    }
    String window = Text.window(from, to);
    if (counted.isEmpty()) {
      return Verdict.notCheckable("no records of " + s.describe() + " " + window);
    }
    String found = counted.size() + " " + s.describe() + " recorded " + window + ": "
        + Text.dates(counted);
    String claimed = ordinal ? "the " + Text.ordinal(value) : String.valueOf(value);
    String actual = ordinal ? "the " + Text.ordinal(count) : String.valueOf(count);
    if (count == value) {
      return Verdict.supported(found + (ordinal ? " (this one the " + Text.ordinal(count) + ")" : ""),
          evidence);
    }
    if (count > value) {
      return Verdict.contradicted(found + "; that makes " + actual + ", not " + claimed, evidence);
    }
    return Verdict.notCheckable(found + "; the claim says " + claimed
        + ", more than recorded (the record may be incomplete)", evidence);
  }
}
