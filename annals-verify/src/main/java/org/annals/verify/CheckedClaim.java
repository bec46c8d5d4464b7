package org.annals.verify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.annals.model.Claim;

/**
 * A claim with its verdict, in the public JSON shape of {@code annals check}:
 * {@code {"kind", "text", "start", "end", "subject", "rule", "verdict", "reason", "evidence"}}.
 */
@JsonPropertyOrder({"kind", "text", "start", "end", "subject", "rule", "verdict", "reason", "evidence"})
public record CheckedClaim(Claim claim, Verdict result) {
  @JsonProperty("kind")
  public String kind() {
    return claim.kind();
  }

  @JsonProperty("text")
  public String text() {
    return claim.text();
  }

  @JsonProperty("start")
  public int start() {
    return claim.start();
  }

  @JsonProperty("end")
  public int end() {
    return claim.end();
  }

  @JsonProperty("subject")
  public Map<String, Object> subject() {
    return claim.subject();
  }

  @JsonProperty("rule")
  public String rule() {
    return claim.rule();
  }

  @JsonProperty("verdict")
  public Outcome verdict() {
    return result.verdict();
  }

  @JsonProperty("reason")
  public String reason() {
    return result.reason();
  }

  @JsonProperty("evidence")
  public List<EvidenceEvent> evidence() {
    return result.evidence();
  }

  @Override
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Claim claim() {
    return claim;
  }

  @Override
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Verdict result() {
    return result;
  }
}
