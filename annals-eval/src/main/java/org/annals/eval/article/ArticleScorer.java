package org.annals.eval.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.eval.article.ArticleReport.Item;
import org.annals.eval.article.ArticleReport.Status;
import org.annals.eval.common.Problem;
import org.annals.model.Claim;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.annals.model.Span;

/**
 * Scores produced events and claims against an article's reference coding: a pure function (no
 * pipeline), tested on hand-made predictions.
 * <ul>
 *   <li>A must/should event passes when a produced event of its type, located in its span (see
 *       {@link EventMatch#inside}), matches mode, countries and sectors, date value and precision,
 *       attributes, modality and required attribution. A failure reports the differing fields of
 *       the closest candidate (fewest differences).
 *   <li>A forbidden item fails when an <em>asserted</em> event of a listed type lies in its span,
 *       has a mode other than {@code mode_not}, and involves all listed countries.
 *   <li>Claims pass when a produced claim of the same kind lies in (or overlaps) the span; when the
 *       pipeline produced no claims at all they are reported as not produced.
 * </ul>
 * Stateless and thread-safe.
 */
public final class ArticleScorer {
  private ArticleScorer() {}

  public static ArticleReport score(ArticleGold gold, List<CodedEvent> events, List<Claim> claims,
      List<Problem> problems) {
    List<Item> items = new ArrayList<>();
    gold.events().forEach(g -> items.add(event(g, events)));
    gold.forbidden().forEach(f -> items.add(forbidden(f, events)));
    gold.claims().forEach(c -> items.add(claim(c, claims)));
    return new ArticleReport(items, problems);
  }

  static Item event(ArticleGold.Event g, List<CodedEvent> events) {
    List<CodedEvent> inSpan = events.stream().filter(e -> EventMatch.inside(e, g.span())).toList();
    List<CodedEvent> candidates = inSpan.stream().filter(e -> g.event().equals(e.event())).toList();
    if (candidates.isEmpty()) {
      String there = inSpan.isEmpty() ? "nothing produced there"
          : "produced there: " + inSpan.stream().map(EventMatch::describe).collect(Collectors.joining("; "));
      return new Item(g.id(), g.required(), Status.FAIL, null,
          List.of("no " + g.event() + " event in " + span(g.span()) + " (" + there + ")"), List.of());
    }
    CodedEvent best = candidates.stream()
        .min(Comparator.comparingInt(e -> EventMatch.differences(g, e).size())).orElseThrow();
    List<String> reasons = EventMatch.differences(g, best);
    List<String> notes = new ArrayList<>();
    if (g.attribution() != null && g.attribution().nameShould() != null && best.attribution() != null
        && !g.attribution().nameShould().equals(best.attribution().name())) {
      notes.add("attribution names " + best.attribution().name() + ", the reference expects "
          + g.attribution().nameShould());
    }
    return new Item(g.id(), g.required(), reasons.isEmpty() ? Status.PASS : Status.FAIL,
        EventMatch.describe(best), reasons, notes);
  }

  static Item forbidden(ArticleGold.Forbidden f, List<CodedEvent> events) {
    List<String> offending = events.stream()
        .filter(e -> e.modality() == Modality.ASSERTED)
        .filter(e -> f.events().contains(e.event()))
        .filter(e -> f.modeNot() == null || !f.modeNot().equals(e.mode()))
        .filter(e -> EventMatch.countries(e).containsAll(f.countries()))
        .filter(e -> EventMatch.inside(e, f.span()))
        .map(e -> "asserted " + EventMatch.describe(e) + " in " + span(f.span())
            + (f.why() == null ? "" : ": " + f.why()))
        .toList();
    return new Item(f.id(), "forbidden", offending.isEmpty() ? Status.PASS : Status.FAIL, null,
        offending, List.of());
  }

  static Item claim(ArticleGold.ClaimGold c, List<Claim> claims) {
    if (claims.isEmpty()) {
      return new Item(c.id(), "claim", Status.NOT_PRODUCED, null, List.of(),
          List.of("the pipeline produced no claims"));
    }
    return match(c, claims)
        .map(k -> new Item(c.id(), "claim", Status.PASS, k.kind() + " '" + k.text() + "'", List.of(), List.of()))
        .orElseGet(() -> new Item(c.id(), "claim", Status.FAIL, null,
            List.of("no " + c.kind() + " claim in " + span(c.span())), List.of()));
  }

  /** The first produced claim of the gold claim's kind that overlaps its span. */
  static java.util.Optional<Claim> match(ArticleGold.ClaimGold c, List<Claim> claims) {
    return claims.stream()
        .filter(k -> c.kind().equals(k.kind()) && k.end() >= k.start()
            && new Span(k.start(), k.end()).overlaps(c.span()))
        .findFirst();
  }

  static String span(Span s) {
    return "[" + s.start() + "," + s.end() + ")";
  }
}
