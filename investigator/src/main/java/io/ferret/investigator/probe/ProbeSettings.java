package io.ferret.investigator.probe;

import io.ferret.investigator.finding.DriverRules;
import io.ferret.ml.MlSettings;
import java.util.Objects;

/** What the probes share: when a segment is a driver, how wide to drill, and the models' settings. */
public record ProbeSettings(DriverRules rules, DrillDownSettings drillDown, MlSettings ml) {
  public ProbeSettings {
    Objects.requireNonNull(rules, "rules is null");
    Objects.requireNonNull(drillDown, "drillDown is null");
    Objects.requireNonNull(ml, "ml is null");
  }

  public static ProbeSettings defaults() {
    return new ProbeSettings(DriverRules.defaults(), DrillDownSettings.defaults(), MlSettings.defaults());
  }
}
