package io.ferret.ml.probe;

import io.ferret.ml.MlSettings;
import java.util.List;

/** The one place probes are registered: a new probe is a new class plus one line here. */
public final class ModelProbes {
  private ModelProbes() {}

  /** Every model probe, configured with {@code settings}, in a fixed order. */
  public static List<ModelProbe> all(MlSettings settings) {
    return List.of(new J48Probe(settings), new JRipProbe(settings), new EmProbe(settings));
  }
}
