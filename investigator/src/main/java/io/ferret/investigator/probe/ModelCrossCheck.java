package io.ferret.investigator.probe;

import io.ferret.investigator.finding.BenjaminiHochberg;
import io.ferret.investigator.finding.ChangeMeasurement;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.finding.Measurement;
import io.ferret.investigator.finding.Segments;
import io.ferret.ml.Deadline;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the models' segments against the drill-down's drivers, once both have run: a model's segment still
 * stands alone only if it departs from the rest once the drivers' rows are set aside. A model often names the
 * drill-down's rows through a correlated column (currency = EUR for region = EMEA); measured on the whole table
 * such a segment looks like a second driver, but it explains nothing the first does not.
 */
public final class ModelCrossCheck {
  private ModelCrossCheck() {}

  /**
   * The proposed evidence, each segment that stood alone judged again without the drivers' rows; when the
   * deadline has passed, segments that may overlap a driver no longer stand alone.
   */
  public static List<Evidence> check(ProbeSession session, List<Evidence> drivers, List<Evidence> proposed,
      Deadline deadline) {
    List<List<Predicate>> driverSegments = drivers.stream().map(Evidence::segment).toList();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < proposed.size(); i++) {
      Evidence evidence = proposed.get(i);
      if (evidence.standsAlone() && driverSegments.stream().noneMatch(d -> Segments.nested(d, evidence.segment()))
          && driverSegments.stream().anyMatch(d -> !Segments.disjoint(d, evidence.segment()))) {
        open.add(i);
      }
    }
    if (open.isEmpty()) {
      return proposed;
    }
    List<Evidence> checked = new ArrayList<>(proposed);
    if (deadline.passed()) {
      open.forEach(i -> checked.set(i, proposed.get(i).standingAlone(false)));
      return checked;
    }
    try (ProbeContext context = session.open()) {
      SegmentMeasurer.Measured rest = new SegmentMeasurer(context.queries(), session.scope(), session.metric())
          .measure(open.stream().map(i -> proposed.get(i).segment()).toList(), driverSegments);
      SegmentJudge judge = SegmentJudge.of(session);
      double reference = drivers.get(0).measurement() instanceof ChangeMeasurement change
          ? judge.asked(change.totalChange()) : 0;
      List<Measurement> measurements = rest.segments().stream().map(s -> judge.measure(s, rest.total())).toList();
      double[] qValues = BenjaminiHochberg.adjust(measurements.stream().mapToDouble(Measurement::pValue).toArray());
      for (int j = 0; j < open.size(); j++) {
        boolean alone = session.settings().rules().isDriver(measurements.get(j), qValues[j], reference);
        checked.set(open.get(j), proposed.get(open.get(j)).standingAlone(alone));
      }
    }
    return checked;
  }
}
