package io.ferret.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;

/**
 * CPU time used by the whole process so far: every Java thread, the collector and compiler, and DuckDB's own
 * threads. Unlike wall time it does not grow when other programs take the machine's cores.
 */
public final class ProcessCpuClock {
  private ProcessCpuClock() {}

  /** CPU time used so far, or {@link Duration#ZERO} where the JVM cannot tell. */
  public static Duration now() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot && hotspot.getProcessCpuTime() >= 0) {
      return Duration.ofNanos(hotspot.getProcessCpuTime());
    }
    return Duration.ZERO;
  }
}
