package org.annals.verify;

import java.util.List;
import java.util.stream.Collectors;
import org.annals.store.CanonicalEvent;

/**
 * Human-readable rendering of checked claims (the table format of {@code annals check}): one
 * block per claim with its offsets and words, the verdict and reason, and one line per evidence
 * event with its date, type, participants, role and reporting outlets. Pure and thread-safe.
 */
public final class VerdictText {
  private VerdictText() {}

  public static String render(List<CheckedClaim> claims) {
    if (claims.isEmpty()) {
      return "no checkable claims found\n";
    }
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (CheckedClaim c : claims) {
      out.append('C').append(n++).append("  ").append(c.kind()).append("  [").append(c.start())
          .append(',').append(c.end()).append(")  \"").append(c.text()).append("\"\n");
      out.append("    ").append(c.verdict().label().toUpperCase(java.util.Locale.ROOT))
          .append(": ").append(c.reason()).append('\n');
      for (EvidenceEvent e : c.evidence()) {
        out.append("    - ").append(line(e)).append('\n');
      }
    }
    return out.toString();
  }

  private static String line(EvidenceEvent e) {
    CanonicalEvent ev = e.event();
    String who = java.util.stream.Stream.concat(ev.actors().stream(), ev.recipients().stream())
        .map(a -> a.country() == null ? "?" : a.country())
        .distinct().collect(Collectors.joining("\u2013"));
    String duration = ev.attributes().containsKey("duration")
        ? "  " + ev.attributes().get("duration") : "";
    String outlets = e.reports().stream()
        .map(r -> r.outlet() != null ? r.outlet() : r.url() != null ? r.url() : r.article())
        .distinct().collect(Collectors.joining(", "));
    return ev.date().value() + "  " + ev.event() + (ev.mode() == null ? "" : "/" + ev.mode())
        + "  " + who + duration + "  [" + e.role() + "]  " + ev.id()
        + (outlets.isEmpty() ? "" : "  reported by " + outlets);
  }
}
