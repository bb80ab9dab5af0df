package io.ferret.investigator.finding;

import static io.ferret.investigator.finding.MomentsFixtures.counted;
import static io.ferret.investigator.finding.MomentsFixtures.rated;
import static io.ferret.investigator.finding.MomentsFixtures.windows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.investigator.Recipe;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {
  private static final Recipe RECIPE = new Recipe("SELECT 1", List.of(), null, null, null, null, 0L);
  private static final List<Predicate> EMEA_PARTNER =
      List.of(new Predicate("region", Operator.EQ, "EMEA"), new Predicate("channel", Operator.EQ, "partner"));

  private static String statement(Metric metric, Measurement measurement) {
    return new Statements(metric).of(new Evidence(EMEA_PARTNER, measurement, 1, List.of("drilldown"), RECIPE, true));
  }

  @Test
  void changeStatementGivesBothValuesTheShareOfTheDropAndTheRest() {
    Metric orders = new Metric("orders", MetricKind.COUNT, null, null, null);
    PeriodMoments segment = windows(counted(1_234), counted(412));
    PeriodMoments total = segment.plus(windows(counted(10_829), counted(10_493)));

    assertEquals("EMEA partner orders fell from 1,234 to 412 (-66.6%), 71% of the total drop, while the rest fell"
        + " 3.1%.", statement(orders, ChangeMeasurement.of(segment, total, true)));
  }

  @Test
  void mixStatementSaysTheShareMovedAtASteadyRate() {
    Metric refunds = new Metric("refund rate", MetricKind.RATE, "refunded", null, true);
    PeriodMoments segment = windows(rated(1_000, 200), rated(4_000, 800));
    PeriodMoments total = segment.plus(windows(rated(9_000, 450), rated(6_000, 300)));

    assertEquals("Where region = EMEA and channel = partner, the share of rows rose from 10.0% to 40.0% while"
        + " refund rate there went from 20.0% to 20.0% (5.0% elsewhere); this shift in mix accounts for 100% of"
        + " the rise in refund rate.", statement(refunds, ChangeMeasurement.of(segment, total, false)));
  }

  @Test
  void outcomeStatementComparesTheRateWithTheRest() {
    Metric churn = new Metric("churn rate", MetricKind.RATE, "churned", null, true);

    assertEquals("EMEA partner rows have a churn rate of 60.0% against 5.0% for the rest (1,000 rows; 5.7 times"
        + " the overall 10.5%).", statement(churn, OutcomeMeasurement.of(rated(1_000, 600),
            rated(10_000, 1_050))));
  }
}
