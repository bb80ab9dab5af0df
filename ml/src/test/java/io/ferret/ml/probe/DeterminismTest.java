package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.TrainingSet;
import org.junit.jupiter.api.Test;

/** The same data and seed give the same segments, in the same order, with the same figures. */
class DeterminismTest {
  @Test
  void sameSeedGivesEqualSegments() {
    TrainingSet data = PlantedData.massLostInEmeaPartner(12_000, 31);
    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults())) {
      ProbeResult first = probe.run(data, generous());
      ProbeResult second = probe.run(data, generous());

      assertFalse(okSegments(first).isEmpty(), () -> ProbeAssertions.describe(first));
      assertEquals(first.segments(), okSegments(second), probe.name());
      assertEquals(first.detail(), second.detail());
      assertEquals(first.recipe(), second.recipe());
    }
  }
}
