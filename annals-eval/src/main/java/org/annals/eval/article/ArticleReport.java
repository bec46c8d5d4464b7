package org.annals.eval.article;

import java.util.List;
import org.annals.eval.common.Problem;

/**
 * The result of scoring one article against its reference coding. Immutable; its JSON form is
 * the output of {@code annals eval article --json}.
 */
public record ArticleReport(List<Item> items, List<Problem> problems) {
  /** How one gold item fared. */
  public enum Status { PASS, FAIL, NOT_PRODUCED }

  /**
   * One gold item's result.
   *
   * @param section must, should, forbidden or claim
   * @param matched the produced event or claim compared (the closest one for a failure), or null
   * @param reasons for a failure, each field that differed; for a forbidden item, each offending event
   * @param notes remarks that do not fail the item (e.g. an attribution naming another source)
   */
  public record Item(String id, String section, Status status, String matched, List<String> reasons,
      List<String> notes) {
    public Item {
      reasons = List.copyOf(reasons);
      notes = List.copyOf(notes);
    }
  }

  public ArticleReport {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  public long passed(String section) {
    return items.stream().filter(i -> i.section().equals(section) && i.status() == Status.PASS).count();
  }

  public long total(String section) {
    return items.stream().filter(i -> i.section().equals(section)).count();
  }

  /** Whether every must event passed and no forbidden item was violated. */
  public boolean mustAndForbiddenPass() {
    return passed("must") == total("must") && passed("forbidden") == total("forbidden");
  }
}
