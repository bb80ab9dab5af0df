package io.ferret.investigator.finding;

import static io.ferret.investigator.finding.MomentsFixtures.counted;
import static io.ferret.investigator.finding.MomentsFixtures.windows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.investigator.Finding;
import io.ferret.investigator.Recipe;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRankerTest {
  private static final Metric ORDERS = new Metric("orders", MetricKind.COUNT, null, null, null);
  private static final PeriodMoments TOTAL = windows(counted(10_000), counted(9_000));
  private static final Predicate EMEA = new Predicate("region", Operator.EQ, "EMEA");
  private static final Predicate APAC = new Predicate("region", Operator.EQ, "APAC");
  private static final Predicate PARTNER = new Predicate("channel", Operator.EQ, "partner");
  private static final Predicate EUR = new Predicate("currency", Operator.EQ, "EUR");
  private static final Predicate MOBILE = new Predicate("device", Operator.EQ, "mobile");

  private final FindingRanker ranker = new FindingRanker(DriverRules.defaults(), new Statements(ORDERS));

  private static Evidence evidence(List<Predicate> segment, long before, long after, String probe,
      double confidence, boolean alone) {
    return new Evidence(segment, ChangeMeasurement.of(windows(counted(before), counted(after)), TOTAL, true),
        confidence, List.of(probe), new Recipe("SELECT 1", List.of(), null, null, null, null, before + after), alone);
  }

  private List<Finding> rank(List<Evidence> selected, List<Evidence> proposed) {
    return ranker.rank(selected, proposed).stream().map(RankedFinding::finding).toList();
  }

  @Test
  void sameSegmentFromSeveralProbesIsOneFinding() {
    Evidence drillDown = evidence(List.of(EMEA, PARTNER), 1_000, 200, "drilldown", 1, true);
    Evidence tree = evidence(List.of(PARTNER, EMEA), 1_000, 200, "j48", 0.97, true);
    Evidence rules = evidence(List.of(EMEA, PARTNER), 1_000, 200, "jrip", 0.99, true);

    List<Finding> findings = rank(List.of(drillDown), List.of(tree, rules));

    assertEquals(1, findings.size());
    assertEquals(List.of("drilldown", "j48", "jrip"), findings.get(0).probes());
    assertEquals(1, findings.get(0).confidence());
  }

  @Test
  void modelSegmentInsideOrAroundAFindingSupportsIt() {
    Evidence drillDown = evidence(List.of(EMEA, PARTNER), 1_000, 200, "drilldown", 1, true);
    Evidence wider = evidence(List.of(EMEA), 2_500, 1_700, "em", 0.95, true);

    List<Finding> findings = rank(List.of(drillDown), List.of(wider));

    assertEquals(1, findings.size());
    assertEquals(List.of(EMEA, PARTNER), findings.get(0).segment());
    assertEquals(List.of("drilldown", "em"), findings.get(0).probes());
  }

  @Test
  void overlappingModelSegmentThatDoesNotStandAloneSupportsTheFindingItOverlaps() {
    Evidence drillDown = evidence(List.of(EMEA, PARTNER), 1_000, 200, "drilldown", 1, true);
    Evidence correlated = evidence(List.of(EUR, PARTNER), 900, 250, "jrip", 0.99, false);

    List<Finding> findings = rank(List.of(drillDown), List.of(correlated));

    assertEquals(1, findings.size());
    assertEquals(List.of("drilldown", "jrip"), findings.get(0).probes());
  }

  @Test
  void confidentModelSegmentThatStandsAloneIsAFindingOfItsOwn() {
    Evidence drillDown = evidence(List.of(EMEA, PARTNER), 1_000, 200, "drilldown", 1, true);
    Evidence mobile = evidence(List.of(MOBILE), 2_000, 1_500, "j48", 0.95, true);
    Evidence unsure = evidence(List.of(APAC), 2_000, 1_400, "em", 0.5, true);

    List<Finding> findings = rank(List.of(drillDown), List.of(mobile, unsure));

    assertEquals(2, findings.size());
    assertEquals(List.of(EMEA, PARTNER), findings.get(0).segment());
    assertEquals(List.of(MOBILE), findings.get(1).segment());
    assertEquals(2, findings.get(1).rank());
  }

  @Test
  void ranksByDepartureFromTheRestAndStopsAtTheLimit() {
    List<Evidence> selected = List.of(
        evidence(List.of(new Predicate("plan", Operator.EQ, "a")), 1_000, 850, "drilldown", 1, true),
        evidence(List.of(new Predicate("plan", Operator.EQ, "b")), 1_000, 300, "drilldown", 1, true),
        evidence(List.of(new Predicate("plan", Operator.EQ, "c")), 1_000, 600, "drilldown", 1, true),
        evidence(List.of(new Predicate("plan", Operator.EQ, "d")), 1_000, 700, "drilldown", 1, true),
        evidence(List.of(new Predicate("plan", Operator.EQ, "e")), 1_000, 500, "drilldown", 1, true),
        evidence(List.of(new Predicate("plan", Operator.EQ, "f")), 1_000, 400, "drilldown", 1, true));

    List<Finding> findings = rank(selected, List.of());

    assertEquals(5, findings.size());
    assertEquals(List.of("b", "f", "e", "c", "d"),
        findings.stream().map(finding -> finding.segment().get(0).value()).toList());
    assertEquals(List.of(1, 2, 3, 4, 5), findings.stream().map(Finding::rank).toList());
  }

  @Test
  void impactIsTheSignedShareOfTheTotalChange() {
    Finding finding = rank(List.of(evidence(List.of(EMEA), 1_000, 300, "drilldown", 1, true)), List.of()).get(0);

    assertEquals(0.7, finding.impact(), 1e-9);
  }
}
