package io.ferret.bench.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankWhateverTheOrderOfAdding() {
    Latencies latencies = new Latencies();
    for (long millis : new long[] {20, 3, 17, 1, 8, 12, 5, 19, 2, 14, 6, 11, 16, 4, 9, 18, 7, 13, 10, 15}) {
      latencies.add(millis);
    }

    assertEquals(10, latencies.p50());
    assertEquals(19, latencies.p95());
    assertEquals(20, latencies.percentile(1));
    assertEquals(20, latencies.count());
  }

  @Test
  void oneValueIsEveryPercentile() {
    Latencies latencies = new Latencies();
    latencies.add(42);

    assertEquals(42, latencies.p50());
    assertEquals(42, latencies.p95());
  }

  @Test
  void noValuesHaveNoPercentile() {
    assertThrows(IllegalStateException.class, () -> new Latencies().p50());
  }
}
