package org.annals.flink;

import org.apache.flink.api.common.JobExecutionResult;

/**
 * What a finished job did, from its accumulators: items read (articles and failed records),
 * duplicates dropped by key, articles coded, records skipped. Immutable.
 */
public record JobCounts(long read, long duplicates, long coded, long skipped) {
  /** The counts of a finished job; all zero for a job submitted detached ({@code flink run -d}). */
  public static JobCounts of(JobExecutionResult r) {
    if (!r.isJobExecutionResult()) {
      return new JobCounts(0, 0, 0, 0);
    }
    return new JobCounts(get(r, CodeFunction.READ), get(r, CodeFunction.DUPLICATES), get(r, CodeFunction.CODED),
        get(r, CodeFunction.SKIPPED));
  }

  private static long get(JobExecutionResult r, String name) {
    Object v = r.getAccumulatorResult(name);
    return v instanceof Number n ? n.longValue() : 0;
  }

  /** The summary {@code annals flink} prints. */
  public String format(double seconds, String sink) {
    return String.format("items read         %d%nduplicates         %d (same article id)%ncoded              %d%n"
        + "skipped            %d%nsink               %s%nelapsed            %.1f s (%.2f articles/s)%n", read,
        duplicates, coded, skipped, sink, seconds, seconds > 0 ? coded / seconds : 0.0);
  }
}
