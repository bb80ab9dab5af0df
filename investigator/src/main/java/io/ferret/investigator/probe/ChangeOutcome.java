package io.ferret.investigator.probe;

import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.SeriesPoint;
import java.util.List;
import java.util.Objects;

/** The metric in both windows, whether the change is unusual, and the metric over time for charts. */
public record ChangeOutcome(ChangeSummary change, List<SeriesPoint> series, String detail) implements ProbeOutcome {
  public ChangeOutcome {
    Objects.requireNonNull(change, "change is null");
    series = List.copyOf(series);
    Objects.requireNonNull(detail, "detail is null");
  }
}
