package org.annals.verify;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * First-since claims: no event of the subject between the window start and the event the claim
 * is about. A hedged span ("in nearly three years") may be shorter by a fifth (a tenth unhedged,
 * none for "more than"); a named period ("since 2022") starts the gap right after it. A claim the
 * extractor could not tie to an event is about the latest event recorded in the week before
 * publication. An event in
 * the gap contradicts; none with an earlier one on record supports; no record at all is not
 * checkable. Pure and thread-safe.
 */
final class FirstSinceCheck {
  private FirstSinceCheck() {}

  /** How close before publication an unplaced claim's own event may be recorded. */
  private static final int OWN_EVENT_DAYS = 7;

  static Verdict check(Claim claim, Subject s, History history) {
    if (ClaimSubject.string(claim, ClaimSubject.AT_BASIS).orElse("").equals("publication")) {
      s = placed(s, history);
    }
    Optional<LocalDate> from = ClaimSubject.date(claim, ClaimSubject.FROM);
    if (from.isEmpty() || !from.get().isBefore(s.at())) {
      return Verdict.notCheckable("the claim names no period to check");
    }
    boolean named = claim.subject().containsKey(ClaimSubject.SINCE_END);
    LocalDate gapStart = named ? from.get()
        : tolerant(from.get(), s.at(), ClaimSubject.string(claim, ClaimSubject.QUALIFIER).orElse(null));
    List<History.Dated> inGap = history.events(s, gapStart, History.before(s.at())).events();
    List<EvidenceEvent> evidence = new ArrayList<>();
    inGap.forEach(d -> evidence.add(history.evidence(d, "in-gap")));
    if (!inGap.isEmpty()) {
      History.Dated last = inGap.get(inGap.size() - 1);
      return Verdict.contradicted(inGap.size() + " " + s.describe() + " recorded from " + gapStart
          + " to " + History.before(s.at()) + " (" + Text.dates(inGap) + "); the latest was "
          + since(last.date(), s.at()) + " before " + s.at(), evidence);
    }
    Optional<History.Dated> previous = history.latestBefore(s, gapStart);
    history.around(s, s.at()).forEach(d -> evidence.add(history.evidence(d, "claimed")));
    if (previous.isEmpty()) {
      return Verdict.notCheckable("no " + s.describe() + " recorded before " + s.at()
          + " at all, so the record cannot tell when the previous one was", evidence);
    }
    evidence.add(0, history.evidence(previous.get(), "previous"));
    return Verdict.supported("no " + s.describe() + " recorded from " + gapStart + " to "
        + History.before(s.at()) + "; the previous one was on " + previous.get().date() + ", "
        + since(previous.get().date(), s.at()) + " earlier", evidence);
  }

  /**
   * A claim not tied to an event ("the first since 2022" with no event coded in its sentence) is
   * about the latest such event recorded in the week before publication, if any.
   */
  private static Subject placed(Subject s, History history) {
    List<History.Dated> recent = history.events(s, s.at().minusDays(OWN_EVENT_DAYS), s.at()).events();
    if (recent.isEmpty()) {
      return s;
    }
    LocalDate own = recent.get(recent.size() - 1).date();
    return new Subject(s.event(), s.mode(), s.countries(), own);
  }

  /** The gap start allowed by a hedge on the span from {@code from} to {@code at}. */
  static LocalDate tolerant(LocalDate from, LocalDate at, String qualifier) {
    long span = ChronoUnit.DAYS.between(from, at);
    double share = qualifier == null ? 0.1 : switch (qualifier) {
      case "more than", "less than" -> 0.0;
      default -> 0.2;
    };
    return from.plusDays(Math.round(span * share));
  }

  /** "2 years 9 months", "10 days". */
  static String since(LocalDate earlier, LocalDate later) {
    Period p = Period.between(earlier, later);
    List<String> parts = new ArrayList<>();
    if (p.getYears() > 0) {
      parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
    }
    if (p.getMonths() > 0) {
      parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
    }
    if (parts.isEmpty()) {
      parts.add(p.getDays() + (p.getDays() == 1 ? " day" : " days"));
    }
    return String.join(" ", parts);
  }
}
