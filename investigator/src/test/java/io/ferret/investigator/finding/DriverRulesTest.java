package io.ferret.investigator.finding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DriverRulesTest {
  private final DriverRules rules = DriverRules.defaults();

  /** A measurement of {@code rows} rows (split evenly over the windows) with the given departure and p-value. */
  private static Measurement departing(long rows, double excess, double pValue) {
    PeriodMoments moments =
        MomentsFixtures.windows(MomentsFixtures.counted(rows / 2), MomentsFixtures.counted(rows - rows / 2));
    return new ChangeMeasurement(moments, moments, true, new ChangeScore(excess, excess, 0, 0, pValue));
  }

  @Test
  void aRemainderFarSmallerThanThePartIsNegligible() {
    assertTrue(rules.remainderNegligible(departing(1_000, -200, 0.001), departing(500, -1_000, 1e-9)));
  }

  @Test
  void aLargeRemainderThatIsOnlyNoiseIsNegligible() {
    // a third of the part's departure, but spread thin over many rows and within noise
    assertTrue(rules.remainderNegligible(departing(1_280, -14_800, 0.15), departing(570, -42_900, 1e-12)));
  }

  @Test
  void aRemainderBeyondNoiseAndLargeIsNot() {
    assertFalse(rules.remainderNegligible(departing(1_280, -14_800, 0.001), departing(570, -42_900, 1e-12)));
  }

  @Test
  void aParentThatMovedEvenlyKeepsItsNameEvenWhenTheRemainderIsNoisy() {
    // as much departure per row in the remainder as in the part: the whole parent moved
    assertFalse(rules.remainderNegligible(departing(100, -1_000, 0.2), departing(900, -9_000, 1e-9)));
  }

  @Test
  void aSiblingThatDepartsAsMuchPerRowAndSurelyKeepsTheDriverWhole() {
    Measurement part = departing(1_000, -1_000, 1e-12);

    assertTrue(rules.siblingMovedAlike(departing(100, -60, 1e-5), part, 4));
    // as surely, but thinner: a part of its own
    assertFalse(rules.siblingMovedAlike(departing(100, -40, 1e-5), part, 4));
    // as strong per row, but one of many siblings with p = 0.004: noise at the drill-down's bar
    assertFalse(rules.siblingMovedAlike(departing(100, -60, 0.004), part, 4));
  }

  @Test
  void aDriverMustCarryATenthOfTheChangeAskedAbout() {
    assertTrue(rules.contributesMaterially(departing(1_000, -150, 1e-9), -1_000));
    assertFalse(rules.contributesMaterially(departing(1_000, -50, 1e-9), -1_000));
    // the other way from the change asked about
    assertFalse(rules.contributesMaterially(departing(1_000, 500, 1e-9), -1_000));
  }
}
