package io.ferret.investigator.probe;

import io.ferret.investigator.question.Interpretation;
import io.ferret.ml.MlSettings;
import io.ferret.ml.probe.ModelProbes;
import java.util.ArrayList;
import java.util.List;

/** The one place probes are planned: which hypotheses each kind of question checks, in report order. */
public final class StandardProbes {
  private StandardProbes() {}

  /**
   * Change: metric_change, time_series, drilldown, j48, jrip, em, data_quality. Drivers: drilldown, j48, jrip, em,
   * data_quality. Lookup: lookup, data_quality.
   */
  public static List<Probe> plan(Interpretation interpretation, MlSettings ml) {
    List<Probe> probes = new ArrayList<>();
    switch (interpretation.kind()) {
      case CHANGE -> {
        probes.add(new MetricChangeProbe());
        probes.add(new TimeSeriesProbe());
        probes.add(new DrillDownProbe());
        ModelProbes.all(ml).forEach(model -> probes.add(new ModelDriverProbe(model)));
      }
      case DRIVERS -> {
        probes.add(new DrillDownProbe());
        ModelProbes.all(ml).forEach(model -> probes.add(new ModelDriverProbe(model)));
      }
      case LOOKUP -> probes.add(new LookupProbe());
    }
    probes.add(new DataQualityProbe());
    return probes;
  }

  /**
   * A compact change investigation, for digests that explain many anomalies at once: metric_change and drilldown,
   * whose few DuckDB queries name the top drivers in well under a second, without the models.
   */
  public static List<Probe> compact(Interpretation interpretation) {
    return List.of(new MetricChangeProbe(), new DrillDownProbe());
  }
}
