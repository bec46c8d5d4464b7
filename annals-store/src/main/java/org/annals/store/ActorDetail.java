package org.annals.store;

import java.util.List;

/**
 * An actor with its top partners and its activity by month.
 *
 * @param partners other participants by number of shared canonical events, most first
 * @param activity canonical events per month ({@code YYYY-MM}), oldest first
 */
public record ActorDetail(ActorSummary actor, List<Count> partners, List<Count> activity) {
  public ActorDetail {
    partners = List.copyOf(partners);
    activity = List.copyOf(activity);
  }

  /** A labelled count. */
  public record Count(String key, long count) {}
}
