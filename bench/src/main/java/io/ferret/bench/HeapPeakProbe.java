package io.ferret.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures the heap's high-water mark over a stretch of work from the heap memory pools' peak usage.
 *
 * <p>The pools peak at different moments, so their sum is an upper bound of the heap in use at any one time.
 */
public final class HeapPeakProbe {
  private final List<MemoryPoolMXBean> heapPools;

  private HeapPeakProbe(List<MemoryPoolMXBean> heapPools) {
    this.heapPools = heapPools;
  }

  /** Collects garbage, so that earlier garbage does not count, then starts watching. */
  public static HeapPeakProbe start() {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    return new HeapPeakProbe(pools);
  }

  /** The sum of the heap pools' peak usage since {@link #start}. */
  public long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }
}
