package org.annals.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * Duration comparisons ("far longer than the earlier 40-minute and one-hour meetings"): the event's
 * duration (stated in the sentence, else recorded) against the recorded durations of the
 * subject's earlier events in the window. "the previous ..." speaks of all of them, "some of" of
 * at least one; "much"/"far" asks for a fifth or more difference. Durations the claim names that
 * no earlier event has are reported. Pure and thread-safe.
 */
final class CompareCheck {
  private static final Set<String> STRONG = Set.of("much", "far", "considerably", "significantly",
      "a lot");

  private CompareCheck() {}

  static Verdict check(Claim claim, Subject s, History history) {
    LocalDate from = ClaimSubject.date(claim, ClaimSubject.FROM).orElse(s.at().minusYears(1));
    List<History.Dated> earlier = history.events(s, from, History.before(s.at())).events();
    OptionalInt current = current(claim, s, history);
    if (current.isEmpty()) {
      return Verdict.notCheckable("the duration of the " + s.at() + " event is neither stated nor recorded");
    }
    boolean shorter = "shorter".equals(ClaimSubject.string(claim, ClaimSubject.COMPARE).orElse(""));
    boolean strong = STRONG.contains(ClaimSubject.string(claim, ClaimSubject.DEGREE).orElse(""));
    List<String> fits = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    List<Integer> durations = new ArrayList<>();
    List<EvidenceEvent> evidence = new ArrayList<>();
    for (History.Dated d : earlier) {
      List<Integer> recorded = history.durations(d);
      if (recorded.isEmpty()) {
        continue;
      }
      int m = DurationCheck.median(recorded);
      durations.add(m);
      evidence.add(history.evidence(d, "compared"));
      String line = d.date() + " " + Text.minutes(m);
      (bears(current.getAsInt(), m, shorter, strong) ? fits : misses).add(line);
    }
    if (durations.isEmpty()) {
      return Verdict.notCheckable("no durations recorded for the " + earlier.size() + " earlier "
          + s.describe() + " " + Text.window(from, History.before(s.at())));
    }
    String word = (strong ? "much " : "") + (shorter ? "shorter" : "longer");
    String reason = "this one: " + Text.minutes(current.getAsInt()) + "; earlier " + s.describe()
        + " " + Text.window(from, History.before(s.at())) + " with recorded durations: "
        + String.join(", ", concat(fits, misses)) + unnamed(claim, durations);
    boolean some = "some".equals(ClaimSubject.string(claim, ClaimSubject.QUANTIFIER).orElse(""));
    if (some ? !fits.isEmpty() : misses.isEmpty()) {
      return Verdict.supported(reason + "; it is " + word + " than " + (some ? "some" : "all")
          + " of them", evidence);
    }
    return Verdict.contradicted(reason + "; it is not " + word + " than " + String.join(", ", misses),
        evidence);
  }

  private static OptionalInt current(Claim claim, Subject s, History history) {
    OptionalInt stated = History.minutes(ClaimSubject.string(claim, ClaimSubject.DURATION).orElse(null));
    if (stated.isPresent()) {
      return stated;
    }
    for (History.Dated d : history.around(s, s.at())) {
      List<Integer> recorded = history.durations(d);
      if (!recorded.isEmpty()) {
        return OptionalInt.of(DurationCheck.median(recorded));
      }
    }
    return OptionalInt.empty();
  }

  private static boolean bears(int current, int earlier, boolean shorter, boolean strong) {
    double factor = strong ? 1.2 : 1.0;
    return shorter ? earlier > current && earlier >= current * factor
        : current > earlier && current >= earlier * factor;
  }

  /** "; no earlier event of 3 h on record" for named durations nothing matches. */
  private static String unnamed(Claim claim, List<Integer> recorded) {
    List<String> missing = new ArrayList<>();
    for (String iso : ClaimSubject.strings(claim, ClaimSubject.REFERENCE)) {
      OptionalInt m = History.minutes(iso);
      if (m.isPresent() && recorded.stream().noneMatch(r -> DurationCheck.agrees(m.getAsInt(), r, "about"))) {
        missing.add(Text.minutes(m.getAsInt()));
      }
    }
    return missing.isEmpty() ? "" : "; no earlier event of " + String.join(" or ", missing) + " on record";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(null);
    return all;
  }
}
