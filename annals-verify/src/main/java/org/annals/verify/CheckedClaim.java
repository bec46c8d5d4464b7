package org.annals.verify;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.annals.model.Claim;

/**
 * A claim with its verdict, in the public JSON shape of {@code annals check}: the claim's fields
 * ({@code kind, text, start, end, subject, rule}) followed by the verdict's ({@code verdict,
 * reason, evidence}).
 */
public record CheckedClaim(@JsonUnwrapped Claim claim, @JsonUnwrapped Verdict result) {
  public String kind() {
    return claim.kind();
  }

  public String text() {
    return claim.text();
  }

  public int start() {
    return claim.start();
  }

  public int end() {
    return claim.end();
  }

  public Outcome verdict() {
    return result.verdict();
  }

  public String reason() {
    return result.reason();
  }

  public List<EvidenceEvent> evidence() {
    return result.evidence();
  }
}
