package io.ferret.investigator.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalVariationTest {
  private static final List<Double> WOBBLING = List.of(100.0, 104.0, 99.0, 103.0, 98.0, 102.0);

  @Test
  void changeFarBeyondHistoricalWobbleIsBeyondNormal() {
    assertEquals(Boolean.TRUE, NormalVariation.beyond(-0.2, WOBBLING));
  }

  @Test
  void changeAsLargeAsHistoricalWobbleIsNormal() {
    assertEquals(Boolean.FALSE, NormalVariation.beyond(-0.05, WOBBLING));
  }

  @Test
  void tooShortHistoryCannotTell() {
    assertNull(NormalVariation.beyond(-0.5, List.of(100.0, 101.0, 99.0)));
    assertNull(NormalVariation.beyond(Double.NaN, WOBBLING));
  }
}
