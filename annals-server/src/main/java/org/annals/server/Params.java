package org.annals.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.annals.model.BadInputException;
import org.annals.store.DateBounds;
import org.annals.store.EventQuery;

/** Typed query parameters with messages that name the parameter and the expected form. */
final class Params {
  private static final Pattern ASCII_INTEGER = Pattern.compile("[-+]?[0-9]{1,10}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_./:-]{1,100}");

  private Params() {}

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** An identifier-like value (actor code, type, mode): letters, digits and {@code _./:-}. */
  static String code(Context ctx, String name) {
    String v = text(ctx, name);
    if (v != null && !CODE.matcher(v).matches()) {
      throw new BadInputException("parameter '" + name + "': '" + v + "' is not a code (letters, digits, _ . / : -)");
    }
    return v;
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return DateBounds.check(LocalDate.parse(v), "parameter '" + name + "'");
    } catch (DateTimeParseException e) {
      throw new BadInputException("parameter '" + name + "': '" + v + "' is not a date of the form YYYY-MM-DD");
    }
  }

  static int integer(Context ctx, String name, int dflt, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      if (!ASCII_INTEGER.matcher(v).matches()) { // Integer.parseInt also takes other scripts' digits
        throw new NumberFormatException(v);
      }
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new BadInputException("parameter '" + name + "': " + n + " is not between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadInputException("parameter '" + name + "': '" + v + "' is not a whole number");
    }
  }

  static EventQuery.Sort sort(Context ctx) {
    String v = text(ctx, "sort");
    if (v == null) {
      return EventQuery.Sort.DATE;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "date" -> EventQuery.Sort.DATE;
      case "-date", "date_desc" -> EventQuery.Sort.DATE_DESC;
      case "sources" -> EventQuery.Sort.SOURCES;
      case "mentions" -> EventQuery.Sort.MENTIONS;
      default -> throw new BadInputException("parameter 'sort': '" + v + "' is not one of date, -date, sources, mentions");
    };
  }

  static String interval(Context ctx) {
    String v = text(ctx, "interval");
    if (v == null) {
      return "month";
    }
    if (!v.equals("month") && !v.equals("year")) {
      throw new BadInputException("parameter 'interval': '" + v + "' is not month or year");
    }
    return v;
  }

  /** Upper-cases country and CAMEO codes (rus → RUS) but keeps entity ids ({@code person/...}). */
  static String upperIfCode(String v) {
    return v == null || v.contains("/") ? v : v.toUpperCase(Locale.ROOT);
  }

  static String upper(String v) {
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }
}
