package io.ferret.investigator.answer;

import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.finding.SegmentText;
import io.ferret.investigator.question.QuestionKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * A bar per shown finding: the share of the change it explains (change questions), or how far its outcome
 * rate sits above the rest's (driver questions, where a finding's impact is its lift minus one).
 */
final class ContributionChart {
  /** Longer segment names are cut, so three bars' labels fit side by side. */
  private static final int MAX_LABEL = 32;

  private ContributionChart() {}

  /** Empty when there are no findings to compare. */
  static Optional<ChartImage> of(Investigation investigation) {
    List<Finding> findings = investigation.findings().stream().limit(AnswerLayout.SHOWN_FINDINGS)
        .filter(finding -> Double.isFinite(finding.impact())).toList();
    if (investigation.interpretation() == null || findings.isEmpty()) {
      return Optional.empty();
    }
    boolean change = investigation.interpretation().kind() == QuestionKind.CHANGE;
    String title = change ? "Share of the change each finding explains" : "How far each finding's rate is above the rest";
    String axis = change ? "share of the change" : "above the rest's rate";
    List<String> labels = findings.stream().map(finding -> label(finding, MAX_LABEL)).toList();
    CategoryChart chart = new CategoryChartBuilder().width(ChartDrawing.WIDTH).height(ChartDrawing.HEIGHT)
        .title(title).yAxisTitle(axis).build();
    CategoryStyler styler = chart.getStyler();
    ChartDrawing.style(styler);
    styler.setLegendVisible(false);
    styler.setYAxisDecimalPattern("#,##0'%'"); // the values are already percentages, so no % multiplier
    styler.setLabelsVisible(true);
    chart.addSeries(axis, labels, findings.stream().map(finding -> 100 * finding.impact()).toList())
        .setFillColor(ChartDrawing.PRIMARY);
    String description = findings.stream()
        .map(finding -> label(finding, Integer.MAX_VALUE) + ": " + NumberText.signedPercent(finding.impact()))
        .collect(Collectors.joining("; ", title + ": ", "."));
    return Optional.of(new ChartImage(title, description, ChartDrawing.png(chart)));
  }

  private static String label(Finding finding, int maxLength) {
    String segment = SegmentText.conditions(finding.segment());
    String shortened = segment.length() <= maxLength ? segment : segment.substring(0, maxLength - 1) + "…";
    return "#" + finding.rank() + " " + shortened;
  }
}
