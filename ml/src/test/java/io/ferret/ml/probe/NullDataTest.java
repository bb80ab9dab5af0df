package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.TrainingSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the class is independent of every attribute, no segment survives the holdout check. */
class NullDataTest {
  private static final int ROWS = 12_000;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void noProbeReportsASegmentWhenTheOutcomeIsNoise(long seed) {
    TrainingSet data = PlantedData.noStructure(ROWS, seed);
    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults().withSeed(seed))) {
      ProbeResult result = probe.run(data, generous());

      assertEquals(List.of(), okSegments(result), () -> ProbeAssertions.describe(result));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void noProbeReportsASegmentWhenNoMassMoved(long seed) {
    TrainingSet data = PlantedData.massUnchanged(ROWS, seed);
    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults().withSeed(seed))) {
      ProbeResult result = probe.run(data, generous());

      assertEquals(List.of(), okSegments(result), () -> ProbeAssertions.describe(result));
    }
  }
}
