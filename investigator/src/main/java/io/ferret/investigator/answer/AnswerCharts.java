package io.ferret.investigator.answer;

import io.ferret.investigator.Investigation;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of an answer, drawn with XChart: the metric over time with the current window highlighted, and
 * what each shown finding contributes. Charts that have nothing to show (no series, no findings) are left out.
 */
public final class AnswerCharts {
  private AnswerCharts() {}

  /** The answer's charts as PNG pictures, the metric over time first. */
  public static List<ChartImage> of(Investigation investigation) {
    List<ChartImage> charts = new ArrayList<>();
    MetricOverTimeChart.of(investigation).ifPresent(charts::add);
    ContributionChart.of(investigation).ifPresent(charts::add);
    return List.copyOf(charts);
  }
}
