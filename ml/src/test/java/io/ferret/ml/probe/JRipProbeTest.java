package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.EMEA;
import static io.ferret.ml.probe.ProbeAssertions.PARTNER;
import static io.ferret.ml.probe.ProbeAssertions.SETTINGS;
import static io.ferret.ml.probe.ProbeAssertions.assertStrongest;
import static io.ferret.ml.probe.ProbeAssertions.generous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.ProbeResult;
import io.ferret.ml.TrainingSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import weka.core.Instances;

class JRipProbeTest {
  private static final int ROWS_FOR_MODEST_EFFECT = 20_000;

  @Test
  void writesRulesForTheClassOfInterestEvenWhenItIsTheMajority() {
    // where mass was lost, the baseline holds more of it than the current period
    TrainingSet data = PlantedData.massLostInEmeaPartner(12_000, 51);

    ProbeResult result = new JRipProbe(SETTINGS).run(data, generous());

    assertTrue(result.detail().contains("reweighted"), result.detail());
    assertStrongest(result, Set.of(EMEA, PARTNER), 1.3);
  }

  @Test
  void findsSegmentsWhereInterestIsRaisedButStillTheMinority() {
    // churn 25% in EMEA partner against 5% elsewhere: JRip alone keeps no rule that is wrong 75% of the time
    TrainingSet data = PlantedData.churnInEmeaPartner(ROWS_FOR_MODEST_EFFECT, 53, 0.25);

    ProbeResult result = new JRipProbe(SETTINGS).run(data, generous());

    assertStrongest(result, Set.of(EMEA, PARTNER), 2.5);
  }

  @Test
  void reweightsOnlyTheClassOfInterestToJustShortOfEven() {
    for (TrainingSet data : List.of(PlantedData.massLostInEmeaPartner(2_000, 52),
        PlantedData.churnInEmeaPartner(2_000, 52, 0.6))) {
      Instances binary = ProbeInstances.binaryClass(data);
      double interest = ProbeInstances.classWeight(binary, ProbeInstances.INTEREST);
      double rest = binary.sumOfWeights() - interest;

      double factor = JRipProbe.rebalanceInterest(binary);

      assertEquals(JRipProbe.MINORITY_RATIO * rest / interest, factor, 1e-12);
      assertEquals(JRipProbe.MINORITY_RATIO * rest, ProbeInstances.classWeight(binary, 0), 1e-6);
      assertEquals(rest, binary.sumOfWeights() - ProbeInstances.classWeight(binary, 0), 1e-6);
    }
  }
}
