package io.ferret.investigator.digest;

import io.ferret.investigator.probe.Queries;
import io.ferret.investigator.probe.TableColumns;
import io.ferret.investigator.probe.TimeColumn;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricTerms;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the metrics, of whole tables and of each dimension value with enough volume, whose day moved beyond what
 * history predicts (see {@link DayJudgement}), and tells a new anomaly from an ongoing one by how many days
 * running it has been as far off in the same direction.
 */
final class AnomalyDetector {
  /** How far back an ongoing shift is followed; older starts are all reported as this many days. */
  static final int MAX_SHIFT_DAYS = 14;

  private final DigestSettings settings;

  AnomalyDetector(DigestSettings settings) {
    this.settings = settings;
  }

  /** What one table's scan found, and how many series it judged. */
  record Scan(List<Anomaly> anomalies, int series) {}

  Scan scan(Store store, SemanticLayer layer, LocalDate day) {
    List<Metric> metrics = metrics(layer);
    if (layer.timeColumn() == null || metrics.isEmpty()) {
      return new Scan(List.of(), 0);
    }
    DayGrid grid = DayGrid.ending(day, settings.historyWeeks() * 7 + MAX_SHIFT_DAYS, settings.zone());
    try (Queries queries = new Queries(store.connection().duplicate())) {
      TimeColumn time = new TimeColumn(layer.timeColumn(),
          TableColumns.read(queries, layer.table()).type(layer.timeColumn()));
      DailySeries.Parts total =
          DailySeries.read(queries, layer.table(), time, metrics, null, grid).get(DailySeries.TOTAL);
      if (total == null) {
        return new Scan(List.of(), 0);
      }
      boolean[] covered = covered(total);
      List<Anomaly> found = new ArrayList<>();
      int series = judge(layer.table(), metrics, List.of(), total, covered, grid, found);
      for (String dimension : layer.dimensionColumns()) {
        Map<Object, DailySeries.Parts> segments =
            DailySeries.read(queries, layer.table(), time, metrics, dimension, grid);
        if (segments.size() < 2) {
          continue; // one value is the whole table again
        }
        boolean[] dimensionCovered = covered(segments.values(), covered);
        for (Map.Entry<Object, DailySeries.Parts> segment : segments.entrySet()) {
          series += judge(layer.table(), metrics, List.of(new Predicate(dimension, Operator.EQ, segment.getKey())),
              segment.getValue(), dimensionCovered, grid, found);
        }
      }
      return new Scan(found, series);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not open a connection to the store: " + e.getMessage(), e);
    }
  }

  /** The layer's metrics the digest covers: all, or those it names. */
  private List<Metric> metrics(SemanticLayer layer) {
    return layer.metrics().stream().map(MetricTerms::metric)
        .filter(metric -> settings.metrics().isEmpty() || settings.metrics().contains(metric.name()))
        .toList();
  }

  /** Days on which the table has rows at all: days before its data began are no evidence of anything. */
  private static boolean[] covered(DailySeries.Parts total) {
    boolean[] covered = new boolean[total.rows.length];
    for (int day = 0; day < covered.length; day++) {
      covered[day] = total.rows[day] > 0;
    }
    return covered;
  }

  /**
   * Days on which the dimension has values at all: a column that a schema change added halfway has no history
   * before it, rather than a history of zeros.
   */
  private static boolean[] covered(Collection<DailySeries.Parts> segments, boolean[] tableCovered) {
    boolean[] covered = new boolean[tableCovered.length];
    for (DailySeries.Parts parts : segments) {
      for (int day = 0; day < covered.length; day++) {
        covered[day] |= tableCovered[day] && parts.rows[day] > 0;
      }
    }
    return covered;
  }

  private int judge(String table, List<Metric> metrics, List<Predicate> segment, DailySeries.Parts parts,
      boolean[] covered, DayGrid grid, List<Anomaly> found) {
    int window = grid.window();
    for (int m = 0; m < metrics.size(); m++) {
      Metric metric = metrics.get(m);
      double[] values = new double[grid.days()];
      for (int day = 0; day < values.length; day++) {
        values[day] = parts.value(m, metric, day);
      }
      int index = m;
      DayJudgement.Noise noise = (day, expected, typicalRows) ->
          parts.noise(index, metric, day, expected, typicalRows);
      DayJudgement judgement = DayJudgement.of(values, parts.rows, covered, window, settings.historyWeeks(),
          metric.kind(), noise);
      if (judgement.isAnomaly(settings.sensitivity(), settings.minVolume(), metric.kind())) {
        found.add(new Anomaly(table, metric.name(), metric.formula(), metric.kind(), segment, grid.date(window),
            grid.day(window), judgement.expected(), judgement.actual(), judgement.relativeChange(),
            judgement.score(), judgement.rows(),
            shiftDays(values, parts.rows, covered, window, metric, noise, judgement),
            null, List.of()));
      }
    }
    return metrics.size();
  }

  /** Days running, the window included, on which the series was an anomaly in the window's direction. */
  private int shiftDays(double[] values, long[] rows, boolean[] covered, int window, Metric metric,
      DayJudgement.Noise noise, DayJudgement latest) {
    int days = 1;
    for (int day = window - 1; day >= 0 && days < MAX_SHIFT_DAYS; day--) {
      DayJudgement earlier =
          DayJudgement.of(values, rows, covered, day, settings.historyWeeks(), metric.kind(), noise);
      if (!earlier.isAnomaly(settings.sensitivity(), settings.minVolume(), metric.kind())
          || Math.signum(earlier.score()) != Math.signum(latest.score())) {
        break;
      }
      days++;
    }
    return days;
  }

  /** New anomalies first, then the furthest off; ties in a fixed order, so a digest reads the same twice. */
  static final Comparator<Anomaly> RANKING = Comparator.comparing(Anomaly::ongoing)
      .thenComparing(anomaly -> -Math.min(Math.abs(anomaly.score()), 1e9))
      .thenComparing(Anomaly::table)
      .thenComparing(Anomaly::metric)
      .thenComparing(anomaly -> anomaly.segment().toString());
}
