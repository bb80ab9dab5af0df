package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.EMEA;
import static io.ferret.ml.probe.ProbeAssertions.PARTNER;
import static io.ferret.ml.probe.ProbeAssertions.SETTINGS;
import static io.ferret.ml.probe.ProbeAssertions.assertShortTenureStrongest;
import static io.ferret.ml.probe.ProbeAssertions.assertStrongest;
import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.ClassShare;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.Segment;
import io.ferret.ml.TrainingSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** J48 and JRip recover planted conjunctions and thresholds, in the outcome and the change framing. */
class PlantedRulesTest {
  private static final int ROWS = 20_000;

  static Stream<ModelProbe> classifiers() {
    return Stream.of(new J48Probe(SETTINGS), new JRipProbe(SETTINGS));
  }

  @ParameterizedTest
  @MethodSource("classifiers")
  void recoversCategoricalConjunctionBehindAnOutcome(ModelProbe probe) {
    TrainingSet data = PlantedData.churnInEmeaPartner(ROWS, 11);

    ProbeResult result = probe.run(data, generous());

    Segment top = assertStrongest(result, Set.of(EMEA, PARTNER), 5);
    ClassShare inside = top.inside();
    assertEquals(PlantedData.SEGMENT_CHURN, inside.share(), 0.05);
    assertEquals(PlantedData.BASE_CHURN, top.outside().share(), 0.02);
    assertEquals(probe.name(), top.probe());
    assertTrue(top.holdoutPValue() < 1e-10);
  }

  @ParameterizedTest
  @MethodSource("classifiers")
  void recoversNumericThresholdBehindAnOutcome(ModelProbe probe) {
    ProbeResult result = probe.run(PlantedData.churnWithShortTenure(ROWS, 12), generous());

    assertShortTenureStrongest(result, 4);
  }

  @ParameterizedTest
  @MethodSource("classifiers")
  void recoversCategoricalConjunctionWhereMassWasLost(ModelProbe probe) {
    ProbeResult result = probe.run(PlantedData.massLostInEmeaPartner(ROWS, 13), generous());

    Segment top = assertStrongest(result, Set.of(EMEA, PARTNER), 1.3);
    // baseline mass 1, current 0.3: the baseline holds 1 / 1.3 of the segment's mass
    assertEquals(1 / (1 + PlantedData.MASS_KEPT), top.inside().share(), 0.03);
  }

  @ParameterizedTest
  @MethodSource("classifiers")
  void recoversNumericThresholdWhereMassWasLost(ModelProbe probe) {
    ProbeResult result = probe.run(PlantedData.massLostWithShortTenure(ROWS, 14), generous());

    assertShortTenureStrongest(result, 1.3);
  }

  @ParameterizedTest
  @MethodSource("classifiers")
  void neverNamesTheOtherBucket(ModelProbe probe) {
    TrainingSet data = SyntheticPlans.churnInOtherPlan(ROWS, 15);

    ProbeResult result = probe.run(data, generous());

    List<Segment> segments = okSegments(result);
    assertTrue(segments.stream().flatMap(segment -> segment.predicates().stream())
        .noneMatch(predicate -> predicate.column().equals("plan")), () -> ProbeAssertions.describe(result));
  }

  @ParameterizedTest
  @MethodSource("classifiers")
  void recordsTheModelAndItsOptions(ModelProbe probe) {
    ProbeResult result = probe.run(PlantedData.churnInEmeaPartner(5_000, 16), generous());

    assertFalse(result.recipe().options().isBlank());
    assertTrue(result.recipe().model().startsWith("weka.classifiers."), result.recipe().model());
    assertEquals("select * from synthetic", result.recipe().sql());
    assertTrue(result.millis() >= 0);
  }

  /** Churn planted where plan is in the other bucket, a place no predicate can name. */
  static final class SyntheticPlans {
    static TrainingSet churnInOtherPlan(int rows, long seed) {
      return SyntheticSet.builder()
          .nominal("region", PlantedData.REGIONS)
          .nominal("plan", PlantedData.PLANS)
          .numeric("spend")
          .outcome("churned", "yes", "no", "yes")
          .generate(rows, seed, (random, row) -> {
            row.set("region", PlantedData.REGIONS[random.nextInt(4)])
                .set("plan", PlantedData.PLANS[random.nextInt(4)])
                .set("spend", 100 * random.nextDouble());
            boolean other = "other".equals(row.get("plan"));
            row.outcome(random.nextDouble() < (other ? 0.5 : 0.05) ? "yes" : "no");
          });
    }
  }
}
