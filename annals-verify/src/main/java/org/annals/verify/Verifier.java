package org.annals.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedArticle;
import org.annals.store.CanonicalEvent;
import org.annals.store.EventStore;

/**
 * Checks claims against the record: counts, firsts, last contacts and durations against the
 * store's canonical events (five reports of one call count once; windows follow the article's
 * date; the checked article's own events count when the store does not hold them yet), and
 * office-holders against the knowledge base's dated roles. Each verdict is supported,
 * contradicted or not checkable, with the reason and the canonical events it rests on. See
 * {@code docs/CLAIMS.md}.
 *
 * <p>Thread-safe and stateless: one instance can serve the CLI, ingest and the server. It only
 * reads the store and the KB.
 */
public final class Verifier {
  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /**
   * @param context the article the claim comes from (its own events count; may be null)
   * @param store the record (may be null: only the article's own events are known)
   * @param kb the knowledge base, for office-holder claims (may be null: not checkable)
   */
  public Verdict verify(Claim claim, CodedArticle context, EventStore store, KnowledgeBase kb) {
    if (ClaimSubject.KIND_OFFICEHOLDER.equals(claim.kind())) {
      return OfficeholderCheck.check(claim, kb);
    }
    Subject s = Subject.of(claim);
    if (s.at() == null) {
      return Verdict.notCheckable("the claim has no date to measure from (no publication date?)");
    }
    if (s.ambiguous()) {
      return Verdict.notCheckable("ambiguous subject: the two participants could not be told"
          + (s.countries().isEmpty() ? "" : " (found " + String.join(", ", s.countries()) + ")"));
    }
    History history = new History(store, context);
    return switch (claim.kind()) {
      case ClaimSubject.KIND_COUNT -> CountCheck.check(claim, s, history);
      case ClaimSubject.KIND_FIRST_SINCE -> FirstSinceCheck.check(claim, s, history);
      case ClaimSubject.KIND_LAST -> LastCheck.check(claim, s, history);
      case ClaimSubject.KIND_DURATION -> DurationCheck.check(claim, s, history);
      case ClaimSubject.KIND_DURATION_COMPARE -> CompareCheck.check(claim, s, history);
      default -> Verdict.notCheckable("unknown claim kind " + claim.kind());
    };
  }

  /** Every claim of a coded article with its verdict, in article order. */
  public List<CheckedClaim> verifyAll(CodedArticle coded, EventStore store, KnowledgeBase kb) {
    return coded.claims().stream()
        .map(c -> new CheckedClaim(c, verify(c, coded, store, kb))).toList();
  }

  /**
   * Whether a newly stored canonical event could change the verdict on {@code claim}: an event of
   * the claim's type between both of its countries, dated no later than the claim's date and, for
   * a count with a first day, not before it (a count rests only on the events of its window). The
   * ingest side uses it to re-verify stored claims when new events arrive.
   */
  public static boolean mayChange(Claim claim, CanonicalEvent event) {
    if (ClaimSubject.KIND_OFFICEHOLDER.equals(claim.kind())) {
      return false;
    }
    Subject s = Subject.of(claim);
    if (s.ambiguous() || !s.event().equals(event.event()) || !s.modeMatches(event.mode())
        || !s.participants(event.actors(), event.recipients())) {
      return false;
    }
    Optional<LocalDate> day = firstDay(event.date().value());
    Optional<LocalDate> from = ClaimSubject.KIND_COUNT.equals(claim.kind())
        ? ClaimSubject.date(claim, ClaimSubject.FROM) : Optional.empty();
    if (day.isPresent() && from.isPresent() && day.get().isBefore(from.get())) {
      return false;
    }
    return s.at() == null || day.isEmpty() || !day.get().isAfter(s.at());
  }

  /** The first day of an ISO date, month or year found in a date value ("before 2025-07-03"). */
  private static Optional<LocalDate> firstDay(String value) {
    java.util.regex.Matcher m = DATE.matcher(value == null ? "" : value);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
        m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
  }
}
