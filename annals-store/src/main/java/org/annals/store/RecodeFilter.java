package org.annals.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.BadInputException;

/**
 * Which stored articles {@code annals recode} considers, parsed and validated here from
 * {@code --where} clauses (errors name the clause): {@code published>=DATE},
 * {@code published<=DATE}, {@code published=DATE}, {@code outlet=NAME}, {@code id=ID}; clauses
 * are combined with AND. {@code all} also takes articles whose provenance is current. Immutable.
 *
 * @param from first publication day (inclusive), or null
 * @param to last publication day (inclusive), or null
 * @param outlet the outlet, exactly, or null
 * @param ids article ids (any of them), empty for no condition
 * @param all re-code even articles whose provenance matches the pipeline
 */
public record RecodeFilter(LocalDate from, LocalDate to, String outlet, List<String> ids,
    boolean all) {
  public RecodeFilter {
    ids = List.copyOf(ids);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInputException("--where: published from " + from + " is after " + to);
    }
  }

  /** No condition: every article whose provenance differs. */
  public static RecodeFilter none() {
    return new RecodeFilter(null, null, null, List.of(), false);
  }

  /** Parses {@code --where} clauses. */
  public static RecodeFilter parse(List<String> clauses, boolean all) {
    LocalDate from = null;
    LocalDate to = null;
    String outlet = null;
    List<String> ids = new ArrayList<>();
    for (String raw : clauses) {
      String c = raw.strip();
      int op = c.indexOf('=');
      if (op <= 0) {
        throw bad(raw, "expected FIELD=VALUE, FIELD>=VALUE or FIELD<=VALUE");
      }
      boolean ge = c.charAt(op - 1) == '>';
      boolean le = c.charAt(op - 1) == '<';
      String field = c.substring(0, ge || le ? op - 1 : op).strip().toLowerCase(Locale.ROOT);
      String value = c.substring(op + 1).strip();
      if (value.isEmpty()) {
        throw bad(raw, "the value is empty");
      }
      switch (field) {
        case "published" -> {
          LocalDate d = date(raw, value);
          from = le ? from : d;
          to = ge ? to : d;
        }
        case "outlet", "id" -> {
          if (ge || le) {
            throw bad(raw, field + " takes = only");
          }
          if (field.equals("id")) {
            ids.add(value);
          } else {
            outlet = value;
          }
        }
        default -> throw bad(raw, "unknown field '" + field + "' (published, outlet, id)");
      }
    }
    return new RecodeFilter(from, to, outlet, ids, all);
  }

  /** The SQL condition on {@code articles} (with {@code params} appended), or {@code TRUE}. */
  String sql(List<Object> params) {
    List<String> conds = new ArrayList<>();
    if (from != null) {
      conds.add("published >= ?");
      params.add(from);
    }
    if (to != null) {
      conds.add("published <= ?");
      params.add(to);
    }
    if (outlet != null) {
      conds.add("outlet = ?");
      params.add(outlet);
    }
    if (!ids.isEmpty()) {
      conds.add("id IN (" + Sql.placeholders(ids.size()) + ")");
      params.addAll(ids);
    }
    return conds.isEmpty() ? "TRUE" : String.join(" AND ", conds);
  }

  private static LocalDate date(String clause, String value) {
    try {
      return DateBounds.check(LocalDate.parse(value), "--where " + clause);
    } catch (DateTimeParseException e) {
      throw bad(clause, "'" + value + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static BadInputException bad(String clause, String why) {
    return new BadInputException("--where '" + clause + "': " + why);
  }
}
