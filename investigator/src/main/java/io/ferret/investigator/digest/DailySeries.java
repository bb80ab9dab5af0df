package io.ferret.investigator.digest;

import io.ferret.investigator.probe.Queries;
import io.ferret.investigator.probe.SqlBuilder;
import io.ferret.investigator.probe.TimeColumn;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric of a table per day of a {@link DayGrid}, for the whole table or for each value of one dimension,
 * from one DuckDB query: its additive parts (numerator, denominator, rows) per UTC bucket, added up into days.
 */
final class DailySeries {
  /** The key of the whole table's series. */
  static final Object TOTAL = new Object();

  private DailySeries() {}

  /** One series of additive parts per day, for every metric. */
  static final class Parts {
    final long[] rows;
    final double[][] numerators;
    final double[][] denominators;
    /** Sums of squared values, for the sampling noise of sums and averages; 0 for other metrics. */
    final double[][] squares;

    Parts(int metrics, int days) {
      rows = new long[days];
      numerators = new double[metrics][days];
      denominators = new double[metrics][days];
      squares = new double[metrics][days];
    }

    /**
     * How much the metric's value on a day would wander by chance alone, one standard error: Poisson noise for
     * counts, the rows' spread for sums and averages, binomial noise for rates (at the larger of the day's rate,
     * the expected one and one row, so that a rate that is usually 0 does not make any case a surprise).
     */
    double noise(int metric, Metric definition, int day, double expected, double typicalRows) {
      double rowsThen = Math.max(rows[day], 1);
      return switch (definition.kind()) {
        case COUNT -> Math.sqrt(Math.max(rows[day], Math.max(expected, 1)));
        case SUM -> Math.sqrt(squares[metric][day] * Math.max(1, typicalRows / rowsThen));
        case AVERAGE -> {
          double n = Math.max(denominators[metric][day], 1);
          double mean = numerators[metric][day] / n;
          yield Math.sqrt(Math.max(0, squares[metric][day] / n - mean * mean) / n);
        }
        case RATE -> {
          double n = Math.max(denominators[metric][day], 1);
          double p = Math.min(1, Math.max(Math.max(numerators[metric][day] / n, expected), 1 / n));
          yield Math.sqrt(p * (1 - p) / n);
        }
        case RATIO -> 0;
      };
    }

    /** The metric's value on a day: NaN when the day has no rows to compute it from. */
    double value(int metric, Metric definition, int day) {
      if (rows[day] == 0) {
        return definition.denominatorSql().isPresent() ? Double.NaN : 0;
      }
      if (definition.denominatorSql().isEmpty()) {
        return numerators[metric][day];
      }
      double bottom = denominators[metric][day];
      return bottom == 0 ? Double.NaN : numerators[metric][day] / bottom;
    }
  }

  /**
   * Reads the series of {@code table}, keyed by the dimension's value (as stored, NULL left out), or under
   * {@link #TOTAL} when {@code dimension} is null.
   */
  static Map<Object, Parts> read(Queries queries, String table, TimeColumn time, List<Metric> metrics,
      String dimension, DayGrid grid) {
    SqlBuilder sql = new SqlBuilder().sql("SELECT CAST(floor(").add(time.epochSeconds()).sql(" / ")
        .sql(Long.toString(grid.bucketSeconds())).sql(") AS BIGINT) AS bucket, ")
        .sql(dimension == null ? "NULL" : Sql.quote(dimension)).sql(" AS segment, count(*)");
    for (Metric metric : metrics) {
      sql.sql(", ").add(metric.numerator());
      SqlFragment bottom = metric.denominatorSql().orElse(SqlFragment.of("NULL"));
      sql.sql(", ").add(bottom);
      boolean spread = metric.kind() == MetricKind.SUM || metric.kind() == MetricKind.AVERAGE;
      sql.sql(spread ? ", sum(CAST(" + Sql.quote(metric.column()) + " AS DOUBLE) ^ 2)" : ", NULL");
    }
    sql.sql(" FROM " + Sql.quote(table) + " WHERE ").add(time.within(grid.span()));
    if (dimension != null) {
      sql.sql(" AND " + Sql.quote(dimension) + " IS NOT NULL");
    }
    sql.sql(" GROUP BY ALL");
    Map<Object, Parts> series = new LinkedHashMap<>();
    queries.forEach(sql.build(), row -> add(row, series, dimension, metrics.size(), grid));
    return series;
  }

  private static void add(ResultSet row, Map<Object, Parts> series, String dimension, int metrics, DayGrid grid)
      throws SQLException {
    int day = grid.dayOf(row.getLong(1));
    if (day < 0) {
      return;
    }
    Object key = dimension == null ? TOTAL : row.getObject(2);
    Parts parts = series.computeIfAbsent(key, k -> new Parts(metrics, grid.days()));
    parts.rows[day] += row.getLong(3);
    for (int m = 0; m < metrics; m++) {
      parts.numerators[m][day] += row.getDouble(4 + 3 * m);
      parts.denominators[m][day] += row.getDouble(5 + 3 * m);
      parts.squares[m][day] += row.getDouble(6 + 3 * m);
    }
  }
}
