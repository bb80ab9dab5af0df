package io.ferret.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleQuotaTest {
  @Test
  void keepsEveryRowUnderTheCap() {
    Map<String, Long> rows = Map.of("yes", 300L, "no", 9_000L);

    assertEquals(rows, SampleQuota.of(rows, 10_000));
  }

  @Test
  void sharesTheCapInProportionAboveIt() {
    Map<String, Long> rows = ordered("no", 900_000L, "yes", 100_000L);

    Map<String, Long> quotas = SampleQuota.of(rows, 50_000);

    assertEquals(50_000, quotas.values().stream().mapToLong(Long::longValue).sum(), 1, quotas.toString());
    assertEquals(45_000, quotas.get("no"), 200);
    assertEquals(5_000, quotas.get("yes"), 200);
  }

  @Test
  void aRareClassKeepsItsFloorAndTheSumStaysWithinTheCap() {
    Map<String, Long> rows = ordered("no", 999_950L, "yes", 50L, "maybe", 5_000L);

    Map<String, Long> quotas = SampleQuota.of(rows, 10_000);

    assertEquals(50, quotas.get("yes"), "all it has, under the floor");
    assertTrue(quotas.get("maybe") >= SampleQuota.MIN_PER_CLASS, quotas.toString());
    assertTrue(quotas.values().stream().mapToLong(Long::longValue).sum() <= 10_000, quotas.toString());
  }

  private static Map<String, Long> ordered(Object... pairs) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Long) pairs[i + 1]);
    }
    return map;
  }
}
