package org.annals.eval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory and CPU time of this JVM: the summed peak usage of the heap pools since the last
 * {@link #resetPeaks()}, and the process's peak resident set size ({@code VmHWM} in
 * {@code /proc/self/status}; -1 where there is no /proc). The heap figure sums each pool's own peak,
 * so it is an upper bound of the true peak. Thread-safe (reads JVM counters).
 */
public final class Memory {
  private Memory() {}

  public static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum over heap pools of their peak usage, in bytes. */
  public static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** CPU time of the whole process (all threads) in nanoseconds, or -1 when the JVM cannot tell. */
  public static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  /** Peak resident set size in bytes, or -1 when unknown. */
  public static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
