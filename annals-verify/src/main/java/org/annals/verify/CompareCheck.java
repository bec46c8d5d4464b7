package org.annals.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * Duration comparisons ("far longer than the earlier 40-minute and one-hour meetings"). The
 * event's duration (stated in the sentence, else recorded) is compared three ways:
 *
 * <ul>
 *   <li>durations named ("than their earlier two-hour and 90-minute talks"): the event must compare as
 *       claimed with each named duration, and the record must hold an earlier event of the subject
 *       in the window with each (±15%, at least 10 min); those events are the evidence. A named
 *       duration no earlier event has contradicts when every earlier event's duration is
 *       recorded, else the claim is not checkable (the record may be incomplete);
 *   <li>"some of"/"most of" their earlier ones: the recorded durations of the earlier events in
 *       the window (at least one, more than half);
 *   <li>otherwise ("shorter than their previous call"): the previous event of the subject.
 * </ul>
 *
 * "much"/"far" asks for a fifth or more difference. Pure and thread-safe.
 */
final class CompareCheck {
  private static final Set<String> STRONG = Set.of("much", "far", "considerably", "significantly",
      "a lot");

  /** How the claim compares: the current duration, direction and strength. */
  private record Cmp(int current, boolean shorter, boolean strong) {
    boolean bears(int other) {
      double factor = strong ? 1.2 : 1.0;
      return shorter ? other > current && other >= current * factor
          : current > other && current >= other * factor;
    }

    String word() {
      return (strong ? "much " : "") + (shorter ? "shorter" : "longer");
    }
  }

  /** An earlier event with its recorded duration (median of its reports). */
  private record Timed(History.Dated event, int minutes) {
    String line() {
      return event.date() + " " + Text.minutes(minutes);
    }
  }

  private CompareCheck() {}

  static Verdict check(Claim claim, Subject s, History history) {
    OptionalInt current = current(claim, s, history);
    if (current.isEmpty()) {
      return Verdict.notCheckable("the duration of the " + s.at() + " event is neither stated nor recorded");
    }
    Cmp cmp = new Cmp(current.getAsInt(),
        "shorter".equals(ClaimSubject.string(claim, ClaimSubject.COMPARE).orElse("")),
        STRONG.contains(ClaimSubject.string(claim, ClaimSubject.DEGREE).orElse("")));
    List<Integer> named = new ArrayList<>();
    ClaimSubject.strings(claim, ClaimSubject.REFERENCE).forEach(iso -> History.minutes(iso).ifPresent(named::add));
    if (!named.isEmpty()) {
      return NamedCompare.check(cmp, named, s, window(claim, s), history);
    }
    Optional<String> quantifier = ClaimSubject.string(claim, ClaimSubject.QUANTIFIER);
    return quantifier.isPresent() ? withEarlier(cmp, quantifier.get(), s, window(claim, s), history)
        : withPrevious(cmp, s, history);
  }

  private static LocalDate window(Claim claim, Subject s) {
    return ClaimSubject.date(claim, ClaimSubject.FROM).orElse(s.at().minusYears(1));
  }

  /** "shorter than some/most of their earlier calls": the recorded durations in the window. */
  private static Verdict withEarlier(Cmp cmp, String quantifier, Subject s, LocalDate from, History history) {
    List<History.Dated> earlier = history.events(s, from, History.before(s.at())).events();
    List<Timed> timed = timed(earlier, history);
    if (timed.isEmpty()) {
      return Verdict.notCheckable("no durations recorded for the " + earlier.size() + " earlier "
          + s.describe() + " " + Text.window(from, History.before(s.at())));
    }
    List<Timed> fits = timed.stream().filter(t -> cmp.bears(t.minutes())).toList();
    boolean most = "most".equals(quantifier);
    boolean holds = most ? fits.size() * 2 > timed.size() : !fits.isEmpty();
    String reason = "this one: " + Text.minutes(cmp.current()) + "; earlier " + s.describe() + " "
        + Text.window(from, History.before(s.at())) + " with recorded durations: " + lines(timed) + "; it is "
        + cmp.word() + " than " + fits.size() + " of " + timed.size();
    List<EvidenceEvent> evidence = timed.stream().map(t -> history.evidence(t.event(), "compared")).toList();
    return holds ? Verdict.supported(reason + " (" + quantifier + " of them)", evidence)
        : Verdict.contradicted(reason + " (not " + quantifier + " of them)", evidence);
  }

  /** "shorter than their previous call": the latest earlier event. */
  private static Verdict withPrevious(Cmp cmp, Subject s, History history) {
    Optional<History.Dated> previous = history.latestBefore(s, History.before(s.at()).plusDays(1));
    if (previous.isEmpty()) {
      return Verdict.notCheckable("no earlier " + s.describe() + " recorded before " + s.at());
    }
    List<Integer> recorded = history.durations(previous.get());
    List<EvidenceEvent> evidence = List.of(history.evidence(previous.get(), "previous"));
    if (recorded.isEmpty()) {
      return Verdict.notCheckable("no duration recorded for the previous one, on " + previous.get().date(),
          evidence);
    }
    int m = DurationCheck.median(recorded);
    String reason = "this one: " + Text.minutes(cmp.current()) + "; the previous one, on "
        + previous.get().date() + ": " + Text.minutes(m);
    return cmp.bears(m) ? Verdict.supported(reason + "; it is " + cmp.word(), evidence)
        : Verdict.contradicted(reason + "; it is not " + cmp.word(), evidence);
  }

  static List<Timed> timed(List<History.Dated> events, History history) {
    List<Timed> out = new ArrayList<>();
    for (History.Dated d : events) {
      List<Integer> recorded = history.durations(d);
      if (!recorded.isEmpty()) {
        out.add(new Timed(d, DurationCheck.median(recorded)));
      }
    }
    return out;
  }

  static String lines(List<Timed> timed) {
    return String.join(", ", timed.stream().map(Timed::line).toList());
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

  /**
   * Comparisons that name the earlier durations: the claim's own arithmetic, then whether the
   * record holds earlier events of those durations.
   */
  private static final class NamedCompare {
    private NamedCompare() {}

    static Verdict check(Cmp cmp, List<Integer> named, Subject s, LocalDate from, History history) {
      String head = "this one: " + Text.minutes(cmp.current());
      List<String> wrong = named.stream().filter(n -> !cmp.bears(n)).map(Text::minutes).toList();
      if (!wrong.isEmpty()) {
        return Verdict.contradicted(head + ", which is not " + cmp.word() + " than the named "
            + String.join(" and ", wrong), List.of());
      }
      List<History.Dated> earlier = history.events(s, from, History.before(s.at())).events();
      List<Timed> timed = timed(earlier, history);
      List<EvidenceEvent> evidence = new ArrayList<>();
      List<String> found = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (int n : named) {
        List<Timed> match = timed.stream().filter(t -> DurationCheck.agrees(n, t.minutes(), null)).toList();
        (match.isEmpty() ? missing : found).add(Text.minutes(n)
            + (match.isEmpty() ? "" : " (" + lines(match) + ")"));
        match.stream().filter(t -> evidence.stream().noneMatch(e -> e.event().id().equals(t.event().event().id())))
            .forEach(t -> evidence.add(history.evidence(t.event(), "compared")));
      }
      String window = " " + Text.window(from, History.before(s.at()));
      if (missing.isEmpty()) {
        return Verdict.supported(head + ", " + cmp.word() + " than each named duration; earlier "
            + s.describe() + window + " of those durations: " + String.join(", ", found), evidence);
      }
      String reason = head + "; no earlier " + s.describe() + window + " of " + String.join(" or ", missing)
          + " on record" + (timed.isEmpty() ? "" : " (recorded: " + lines(timed) + ")");
      if (!timed.isEmpty() && timed.size() == earlier.size()) {
        return Verdict.contradicted(reason, evidence);
      }
      return Verdict.notCheckable(reason + "; " + (earlier.size() - timed.size()) + " of the "
          + earlier.size() + " earlier ones have no recorded duration (the record may be incomplete)", evidence);
    }
  }
}
