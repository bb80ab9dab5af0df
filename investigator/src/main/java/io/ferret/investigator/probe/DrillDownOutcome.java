package io.ferret.investigator.probe;

import io.ferret.investigator.finding.DimensionSpread;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.finding.PeriodMoments;
import java.util.List;
import java.util.Objects;

/**
 * The segments the drill-down selected as drivers, and what it ruled out.
 *
 * @param selected the drivers, strongest first
 * @param spreads for each dimension no driver uses, how its values moved once the drivers are set aside
 * @param total the sums of every row in scope, per window
 * @param detail what was tested
 */
public record DrillDownOutcome(
    List<Evidence> selected, List<DimensionSpread> spreads, PeriodMoments total, String detail)
    implements ProbeOutcome {
  public DrillDownOutcome {
    selected = List.copyOf(selected);
    spreads = List.copyOf(spreads);
    Objects.requireNonNull(total, "total is null");
    Objects.requireNonNull(detail, "detail is null");
  }
}
