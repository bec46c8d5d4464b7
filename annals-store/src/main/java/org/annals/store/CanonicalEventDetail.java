package org.annals.store;

import java.util.List;

/** A canonical event with all its mentions and their evidence. */
public record CanonicalEventDetail(CanonicalEvent event, List<Mention> mentions) {
  public CanonicalEventDetail {
    mentions = List.copyOf(mentions);
  }
}
