package io.ferret.investigator.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Recipe;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static final Metric REVENUE = new Metric("revenue", MetricKind.SUM, "amount", null, null);
  private static final String WINDOWS = "last week (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov 8)";
  private static final ChangeSummary DROP = new ChangeSummary(900, 1_000, -100, -0.1, true);
  private static final PeriodMoments NOTHING = new PeriodMoments(Moments.NONE, Moments.NONE);
  private final Headline headline = new Headline(REVENUE, DriverRules.defaults());

  private static List<RankedFinding> top(double impact, double confidence) {
    Finding finding = new Finding(1, List.of(new Predicate("region", Operator.EQ, "EMEA")), "…", impact, confidence,
        List.of("drilldown"), new Recipe("SELECT 1", List.of(), null, null, null, null, 0L));
    Evidence evidence = new Evidence(finding.segment(), ChangeMeasurement.of(NOTHING, NOTHING, true), confidence, finding.probes(), finding.recipe(), true);
    return List.of(new RankedFinding(finding, evidence));
  }

  @Test
  void confidentLargeShareIsSaidToMostlyExplainTheChange() {
    assertEquals("Revenue fell 10.0%, from 1,000 to 900, " + WINDOWS + "; the drop is mostly explained by region ="
        + " EMEA (95% of it).", headline.change(DROP, WINDOWS, top(0.95, 0.999)));
  }

  @Test
  void smallShareOrLowerConfidenceIsOnlyAssociated() {
    assertTrue(headline.change(DROP, WINDOWS, top(0.3, 0.999)).contains("the drop is associated with region = EMEA"));
    assertTrue(headline.change(DROP, WINDOWS, top(0.9, 0.95)).contains("the drop is associated with region = EMEA"));
  }

  @Test
  void noDriverIsBroadBasedOrWithinNormalVariation() {
    assertTrue(headline.change(DROP, WINDOWS, List.of()).endsWith("no single segment explains it: the drop is"
        + " broad-based."));
    ChangeSummary small = new ChangeSummary(990, 1_000, -10, -0.01, false);
    assertTrue(headline.change(small, WINDOWS, List.of()).endsWith("that is within normal variation, and no segment"
        + " stands out."));
  }

  @Test
  void aDriverAgainstTheTotalIsSaidToHaveGoneTheOtherWay() {
    ChangeSummary rise = new ChangeSummary(1_010, 1_000, 10, 0.01, false);

    assertEquals("Revenue rose 1.0%, from 1,000 to 1,010, " + WINDOWS + "; that is within normal variation overall,"
        + " but region = EMEA went the other way: a fall of 445% the size of the whole rise, offset elsewhere.",
        headline.change(rise, WINDOWS, top(-4.45, 0.999)));
  }

  @Test
  void neverClaimsACause() {
    for (String text : List.of(headline.change(DROP, WINDOWS, top(0.95, 1)), headline.change(DROP, WINDOWS,
        List.of()), headline.change(DROP, WINDOWS, top(0.2, 0.9)))) {
      String lower = text.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("caus") || lower.contains("because") || lower.contains("due to"), text);
    }
  }
}
