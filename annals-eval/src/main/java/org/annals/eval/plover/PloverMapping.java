package org.annals.eval.plover;

import java.util.Locale;
import java.util.Map;

/**
 * PLOVER 0.5b1 (the gold standard records' version) to PLOVER 2.0, as the gold data's README
 * prescribes: DEMAND → REQUEST, DISAPPROVE → ACCUSE (mode disapprove), INVESTIGATE → ACCUSE
 * (mode investigate), FIGHT → ASSAULT; other types keep their names. Modes are kept as written
 * (an empty mode is none). Sectors: the first three letters upper-cased ({@code CVLalb} → CVL),
 * {@code ***} means unknown, CIV is read as CVL (civilians). Stateless and thread-safe.
 */
public final class PloverMapping {
  /** A mapped type and mode. */
  public record Mapped(String event, String mode) {}

  private static final Map<String, Mapped> TYPES = Map.of(
      "DEMAND", new Mapped("REQUEST", null),
      "DISAPPROVE", new Mapped("ACCUSE", "disapprove"),
      "INVESTIGATE", new Mapped("ACCUSE", "investigate"),
      "FIGHT", new Mapped("ASSAULT", null));

  private PloverMapping() {}

  public static Mapped map(String event, String mode) {
    String e = event.strip().toUpperCase(Locale.ROOT);
    String m = mode == null || mode.isBlank() ? null : mode.strip();
    Mapped t = TYPES.get(e);
    if (t == null) {
      return new Mapped(e, m);
    }
    return new Mapped(t.event(), t.mode() != null ? t.mode() : m);
  }

  public static String sector(String raw) {
    if (raw == null || raw.isBlank() || raw.startsWith("*")) {
      return null;
    }
    String s = raw.strip();
    s = s.substring(0, Math.min(3, s.length())).toUpperCase(Locale.ROOT);
    return "CIV".equals(s) ? "CVL" : s;
  }
}
