package io.ferret.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderStreamSpecTest {
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  @Test
  void benchmarkIsTwoMillionRowsWithoutIncident() {
    OrderStreamSpec benchmark = OrderStreamSpec.benchmark();
    assertEquals(2_000_000, benchmark.rows());
    assertEquals(Optional.empty(), benchmark.incident());
    assertEquals(1_000_000, benchmark.schemaChangeRow());
    assertEquals(OrderStreamSpec.demo().end(), benchmark.end());
    assertEquals(5_000, OrderStreamSpec.benchmark(5_000).rows());
  }

  @Test
  void demoIsAboutTwentyThousandOrdersOverEightWeeks() {
    OrderStreamSpec demo = OrderStreamSpec.demo();
    assertEquals(20_000, demo.rows());
    assertEquals(56, demo.days());
    assertEquals(7, demo.seed());
    assertTrue(demo.incident().isPresent());
  }

  @Test
  void rejectsSpecsThatCannotBeGenerated() {
    Optional<PlantedIncident> none = Optional.empty();
    assertThrows(IllegalArgumentException.class, () -> new OrderStreamSpec(0, START, 7, 1));
    assertThrows(IllegalArgumentException.class, () -> new OrderStreamSpec(10, START, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new OrderStreamSpec(10, START, 7, 1, 1.5, none));
    assertThrows(IllegalArgumentException.class, () -> new OrderStreamSpec(10, START, 7, 1, Double.NaN, none));
  }
}
