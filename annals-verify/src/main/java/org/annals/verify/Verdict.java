package org.annals.verify;

import java.util.List;

/**
 * The verdict on one claim, why, and the canonical events it rests on.
 *
 * @param reason a sentence for users: what was counted or compared and what was found, or why
 *     the claim cannot be checked (no records in the window, ambiguous subject, no durations)
 */
public record Verdict(Outcome verdict, String reason, List<EvidenceEvent> evidence) {
  public Verdict {
    evidence = List.copyOf(evidence);
  }

  public static Verdict supported(String reason, List<EvidenceEvent> evidence) {
    return new Verdict(Outcome.SUPPORTED, reason, evidence);
  }

  public static Verdict contradicted(String reason, List<EvidenceEvent> evidence) {
    return new Verdict(Outcome.CONTRADICTED, reason, evidence);
  }

  public static Verdict notCheckable(String reason) {
    return new Verdict(Outcome.NOT_CHECKABLE, reason, List.of());
  }

  public static Verdict notCheckable(String reason, List<EvidenceEvent> evidence) {
    return new Verdict(Outcome.NOT_CHECKABLE, reason, evidence);
  }
}
