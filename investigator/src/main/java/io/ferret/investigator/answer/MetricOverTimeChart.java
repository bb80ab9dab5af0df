package io.ferret.investigator.answer;

import io.ferret.investigator.Investigation;
import io.ferret.investigator.SeriesPoint;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.TimeWindow;
import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The metric per period around the question's window, with the periods of the current window in a second colour. */
final class MetricOverTimeChart {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private MetricOverTimeChart() {}

  /** Empty when the answer has no series or too few points to draw a line. */
  static Optional<ChartImage> of(Investigation investigation) {
    Interpretation interpretation = investigation.interpretation();
    List<SeriesPoint> points = investigation.series().stream().filter(point -> Double.isFinite(point.value()))
        .toList();
    if (interpretation == null || points.size() < 2) {
      return Optional.empty();
    }
    String metric = ChartDrawing.capitalized(interpretation.metric().name());
    String title = metric + " over time";
    XYChart chart = new XYChartBuilder().width(ChartDrawing.WIDTH).height(ChartDrawing.HEIGHT).title(title).build();
    XYStyler styler = chart.getStyler();
    ChartDrawing.style(styler);
    styler.setDatePattern("MMM d");
    styler.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
    styler.setYAxisDecimalPattern(interpretation.metric().kind() == MetricKind.RATE ? "0.0%" : "#,##0.##");
    draw(chart.addSeries("all periods", dates(points), values(points)), ChartDrawing.PRIMARY);
    String description = metric + " for each period from "
        + DAY.format(points.get(0).start()) + " to " + DAY.format(points.get(points.size() - 1).start());
    Comparison comparison = interpretation.comparison();
    List<SeriesPoint> current = comparison == null ? List.of()
        : points.stream().filter(point -> inside(point, comparison.current())).toList();
    if (!current.isEmpty()) {
      draw(chart.addSeries("current window", dates(current), values(current)), ChartDrawing.HIGHLIGHT)
          .setLineWidth(3);
      description += ", with the current window highlighted: " + comparison.description();
    }
    return Optional.of(new ChartImage(title, description + ".", ChartDrawing.png(chart)));
  }

  private static XYSeries draw(XYSeries series, Color color) {
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setMarkerColor(color);
    series.setLineColor(color);
    return series;
  }

  private static boolean inside(SeriesPoint point, TimeWindow window) {
    return !point.start().isBefore(window.from()) && point.start().isBefore(window.to());
  }

  private static List<Date> dates(List<SeriesPoint> points) {
    return points.stream().map(point -> Date.from(point.start())).toList();
  }

  private static List<Double> values(List<SeriesPoint> points) {
    return points.stream().map(SeriesPoint::value).toList();
  }
}
