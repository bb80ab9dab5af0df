package io.ferret.investigator.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuledOutTest {
  private final RuledOut revenue = new RuledOut(new Metric("revenue", MetricKind.SUM, "amount", null, null));

  private static DimensionSpread spread(SpreadKind kind, Double... values) {
    return DimensionSpread.of("channel", kind, List.of(values)).orElseThrow();
  }

  @Test
  void saysEveryValueFellByAboutAsMuch() {
    assertEquals("No single channel explains it: every channel fell 9.0–12.1%.",
        revenue.dimension(spread(SpreadKind.RELATIVE_CHANGE, -0.121, -0.09, -0.1), false));
  }

  @Test
  void saysWhatIsLeftOnceFindingsAreSetAside() {
    assertEquals("Once the findings are set aside, no single channel stands out: every channel changed between"
        + " -3.1% and +2.0%.", revenue.dimension(spread(SpreadKind.RELATIVE_CHANGE, 0.02, -0.031), true));
  }

  @Test
  void ratesAreRangedInPointsOrLevels() {
    RuledOut churn = new RuledOut(new Metric("churn rate", MetricKind.RATE, "churned", null, true));
    assertEquals("No single channel explains it: every channel's churn rate rose 0.2–0.4 points.",
        churn.dimension(spread(SpreadKind.POINT_CHANGE, 0.002, 0.004), false));
    assertEquals("No single channel stands out: churn rate ranges from 4.8% to 5.3% across 2 values.",
        churn.dimension(spread(SpreadKind.RATE, 0.048, 0.053), false));
  }

  @Test
  void needsTwoValuesToRuleADimensionOut() {
    assertEquals(true, DimensionSpread.of("channel", SpreadKind.RATE, List.of(0.1, Double.NaN)).isEmpty());
  }

  @Test
  void namesTheModelsThatFoundNothing() {
    assertEquals("J48, JRip and EM found no segment that held up on held-out rows.",
        RuledOut.models(List.of("J48", "JRip", "EM")));
  }
}
