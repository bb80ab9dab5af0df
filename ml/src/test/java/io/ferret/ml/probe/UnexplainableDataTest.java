package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.TrainingSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnexplainableDataTest {
  @Test
  void reportsNoSegmentWhenNoRowIsInTheClassOfInterest() {
    TrainingSet data = SyntheticSet.builder()
        .nominal("region", PlantedData.REGIONS)
        .numeric("spend")
        .outcome("churned", "yes", "no", "yes")
        .generate(500, 61, (random, row) -> row.set("region", PlantedData.REGIONS[random.nextInt(4)])
            .set("spend", random.nextDouble()).outcome("no"));

    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults())) {
      ProbeResult result = probe.run(data, generous());

      assertEquals(List.of(), okSegments(result));
      assertEquals("no training weight in the class of interest", result.detail());
    }
  }
}
