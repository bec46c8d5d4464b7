package org.annals.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * Duration claims ("the call lasted an hour"): the durations other reports give for the same
 * event (the checked article's own report is not evidence for itself). Unhedged, the median
 * recorded duration must be within 15% (at least 10 minutes) of the claim; hedged by "about" or
 * "nearly", within 25%; "more than"/"less than" compare one way. Pure and thread-safe.
 */
final class DurationCheck {
  private DurationCheck() {}

  static Verdict check(Claim claim, Subject s, History history) {
    OptionalInt claimed = History.minutes(ClaimSubject.string(claim, ClaimSubject.DURATION).orElse(null));
    if (claimed.isEmpty()) {
      return Verdict.notCheckable("the claim states no duration");
    }
    List<History.Dated> events = history.around(s, s.at());
    if (events.isEmpty()) {
      return Verdict.notCheckable("no record of " + s.describe() + " on " + s.at());
    }
    History.Dated event = events.get(0);
    List<Integer> recorded = history.durations(event);
    List<EvidenceEvent> evidence = List.of(history.evidence(event, "claimed"));
    if (recorded.isEmpty()) {
      return Verdict.notCheckable("no duration recorded for the " + s.at() + " event by other reports",
          evidence);
    }
    int median = median(recorded);
    String qualifier = ClaimSubject.string(claim, ClaimSubject.QUALIFIER).orElse(null);
    String found = "other reports give " + Text.minutes(median)
        + (recorded.size() > 1 ? " (median of " + recorded.size() + ")" : "")
        + " for the " + s.at() + " event; the claim says " + Text.minutes(claimed.getAsInt());
    return agrees(claimed.getAsInt(), median, qualifier)
        ? Verdict.supported(found, evidence) : Verdict.contradicted(found, evidence);
  }

  static boolean agrees(int claimed, int recorded, String qualifier) {
    if ("more than".equals(qualifier)) {
      return recorded >= claimed * 0.95;
    }
    if ("less than".equals(qualifier)) {
      return recorded <= claimed * 1.05;
    }
    double share = qualifier == null ? 0.15 : 0.25;
    return Math.abs(recorded - claimed) <= Math.max(10, claimed * share);
  }

  static int median(List<Integer> values) {
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get((sorted.size() - 1) / 2);
  }
}
