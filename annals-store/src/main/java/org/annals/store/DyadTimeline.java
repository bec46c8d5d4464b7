package org.annals.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Canonical events between two actors (either direction) by period.
 *
 * @param a first actor (country, CAMEO code or entity id)
 * @param b second actor
 * @param interval {@code month} or {@code year}
 */
public record DyadTimeline(String a, String b, String interval, List<Bucket> buckets) {
  public DyadTimeline {
    buckets = List.copyOf(buckets);
  }

  /**
   * One period.
   *
   * @param period {@code YYYY-MM} or {@code YYYY}
   * @param byType counts by PLOVER type
   * @param byQuadClass counts by quad class (1 to 4)
   * @param meanGoldstein mean Goldstein score of the period's events
   */
  public record Bucket(
      String period, long events,
      @JsonProperty("by_type") Map<String, Long> byType,
      @JsonProperty("by_quad_class") Map<Integer, Long> byQuadClass,
      @JsonProperty("mean_goldstein") double meanGoldstein) {
    public Bucket {
      byType = Map.copyOf(byType);
      byQuadClass = Map.copyOf(byQuadClass);
    }
  }
}
