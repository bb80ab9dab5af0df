package io.ferret.bench.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {
  private static final Duration WEEK = Duration.ofDays(7);

  @Test
  void aThinRateChangeGetsTheRowsItNeedsToBeToldFromNoise() {
    // a pair holding 5.4% of 78k visits whose conversion falls from 14.9% to 6%: about 250 visits a week, and
    // an expected z of about 3, which a few hundred corrected tests rarely clear
    int rows = ScenarioGenerator.detectableRows(78_118, 0.054, 0.149, 0.06, WEEK);

    assertTrue(rows > 2 * 78_118 && rows < 4 * 78_118, "rows " + rows);
    double perWindow = rows * 7.0 / 120;
    double variance = (0.149 * 0.851 + 0.06 * 0.94) / (0.054 * perWindow) + 2 * 0.149 * 0.851 / (0.946 * perWindow);
    assertEquals(5.0, (0.149 - 0.06) / Math.sqrt(variance), 0.01, "expected z at the new volume");
  }

  @Test
  void aStrongChangeKeepsItsVolume() {
    assertEquals(100_000, ScenarioGenerator.detectableRows(100_000, 0.3, 0.15, 0.05, WEEK));
  }
}
