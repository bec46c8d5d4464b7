package org.annals.verify;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.annals.store.CanonicalEvent;

/**
 * A canonical event used as evidence for a verdict, in the JSON shape of {@link CanonicalEvent}
 * plus {@code role} and {@code reports}.
 *
 * @param role how the verdict used it: {@code counted}, {@code claimed} (the event the claim is
 *     about), {@code previous}, {@code later}, {@code compared}, {@code in-gap}
 * @param reports the articles that reported it (for an event only the checked article reports,
 *     that article)
 */
public record EvidenceEvent(@JsonUnwrapped CanonicalEvent event, String role, List<Report> reports) {
  public EvidenceEvent {
    reports = List.copyOf(reports);
  }
}
