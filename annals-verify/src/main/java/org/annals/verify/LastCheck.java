package org.annals.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * Last/previous claims ("they last spoke on June 14"): an event of the subject on the claimed
 * date (or in the claimed month or year) and none after it before the date the claim speaks of.
 * A later event contradicts; no event on the date leaves it not checkable. Pure and thread-safe.
 */
final class LastCheck {
  private LastCheck() {}

  static Verdict check(Claim claim, Subject s, History history) {
    Optional<LocalDate> from = ClaimSubject.date(claim, ClaimSubject.FROM);
    Optional<LocalDate> to = ClaimSubject.date(claim, ClaimSubject.TO);
    String date = ClaimSubject.string(claim, ClaimSubject.DATE).orElse("?");
    if (from.isEmpty() || to.isEmpty() || !to.get().isBefore(s.at())) {
      return Verdict.notCheckable("the claimed date " + date + " is not before " + s.at());
    }
    List<EvidenceEvent> evidence = new ArrayList<>();
    List<History.Dated> later = history.events(s, to.get().plusDays(1),
        History.before(s.at())).events();
    if (!later.isEmpty()) {
      later.forEach(d -> evidence.add(history.evidence(d, "later")));
      return Verdict.contradicted(later.size() + " " + s.describe() + " recorded after " + date
          + " and before " + s.at() + ": " + Text.dates(later), evidence);
    }
    List<History.Dated> on = history.events(s, from.get(), to.get()).events();
    if (on.isEmpty()) {
      Optional<History.Dated> before = history.latestBefore(s, from.get());
      before.ifPresent(d -> evidence.add(history.evidence(d, "previous")));
      return Verdict.notCheckable("no " + s.describe() + " recorded on " + date
          + before.map(d -> "; the latest earlier one on record is " + d.date()).orElse(""),
          evidence);
    }
    on.forEach(d -> evidence.add(history.evidence(d, "claimed")));
    return Verdict.supported(s.describe() + " recorded on " + Text.dates(on)
        + " and none after it before " + s.at(), evidence);
  }
}
