package io.ferret.ml.data;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many rows of each class the sample keeps: all of them under the cap; above it, shares proportional to the
 * class sizes, except that a rare class keeps at least {@value #MIN_PER_CLASS} rows (or all it has) so a model can
 * still see it. The quotas never add up to more than the cap.
 */
final class SampleQuota {
  static final int MIN_PER_CLASS = 200;

  private SampleQuota() {}

  static Map<String, Long> of(Map<String, Long> rowsPerClass, int cap) {
    long total = rowsPerClass.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> quotas = new LinkedHashMap<>();
    if (total <= cap) {
      quotas.putAll(rowsPerClass);
      return quotas;
    }
    // first a floor per class that fits in the cap whatever the number of classes, then the rest of the cap
    // shared in proportion to what each class has left; rounding down keeps the sum within the cap
    long floorShare = Math.min(MIN_PER_CLASS, cap / rowsPerClass.size());
    long floors = 0;
    long spare = 0;
    for (long rows : rowsPerClass.values()) {
      long floor = Math.min(rows, floorShare);
      floors += floor;
      spare += rows - floor;
    }
    BigInteger rest = BigInteger.valueOf(cap - floors);
    for (Map.Entry<String, Long> entry : rowsPerClass.entrySet()) {
      long floor = Math.min(entry.getValue(), floorShare);
      // exact integer shares: rest < spare here, so no class gets more than it has left
      long extra = rest.multiply(BigInteger.valueOf(entry.getValue() - floor))
          .divide(BigInteger.valueOf(spare)).longValueExact();
      quotas.put(entry.getKey(), floor + extra);
    }
    return quotas;
  }
}
