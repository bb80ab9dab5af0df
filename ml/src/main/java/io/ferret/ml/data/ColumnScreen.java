package io.ferret.ml.data;

import io.ferret.ml.Exclusion;
import io.ferret.store.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Profiles candidate columns over the modelled rows in one query and sets aside those that would mislead a
 * model: ID-like columns (nearly unique per row), near-constant columns, and columns that determine the class.
 */
final class ColumnScreen {
  private static final double ID_LIKE_SHARE = 0.9;
  private static final int ID_LIKE_MIN_ROWS = 50;
  private static final double NEAR_CONSTANT_SHARE = 0.995;
  private static final int MAX_LEAK_VALUES = 50;

  private final SqlRunner sql;
  private final SliceQuery slice;

  ColumnScreen(SqlRunner sql, SliceQuery slice) {
    this.sql = sql;
    this.slice = slice;
  }

  /** Keeps the usable columns in {@code candidates}, adding an exclusion for each one dropped. */
  List<String> screen(List<String> candidates, SourceColumns columns, List<Exclusion> exclusions, long rows) {
    if (candidates.isEmpty() || rows == 0) {
      return candidates;
    }
    // one pass of GROUPING SETS: per column and value, its row count and how many classes it meets
    StringBuilder groups = new StringBuilder("SELECT ");
    StringBuilder select = new StringBuilder("SELECT ");
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      String column = Sql.quote(candidates.get(i));
      groups.append("CASE WHEN GROUPING(").append(column).append(") = 0 THEN count(*) END AS n").append(i)
          .append(", CASE WHEN GROUPING(").append(column).append(") = 0 THEN count(DISTINCT ")
          .append(slice.classSql()).append(") END AS k").append(i).append(", ").append(column).append(", ");
      parameters.addAll(slice.classParameters());
      select.append(i == 0 ? "" : ", ").append("count(DISTINCT ").append(column).append("), max(n").append(i)
          .append("), max(k").append(i).append("), coalesce(sum(n").append(i).append(") FILTER (WHERE ")
          .append(column).append(" IS NOT NULL), 0)");
    }
    groups.setLength(groups.length() - 2);
    groups.append(slice.from()).append(" GROUP BY GROUPING SETS (")
        .append(String.join(", ", candidates.stream().map(c -> "(" + Sql.quote(c) + ")").toList())).append(")");
    parameters.addAll(slice.whereParameters());
    long[] stats = sql.rows(select + " FROM (" + groups + ") AS grouped", parameters, row -> {
      long[] values = new long[candidates.size() * 4];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.getLong(i + 1);
      }
      return values;
    }).get(0);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      String column = candidates.get(i);
      String reason =
          reason(column, columns, stats[i * 4], rows, stats[i * 4 + 3], stats[i * 4 + 1], stats[i * 4 + 2]);
      if (reason == null) {
        kept.add(column);
      } else {
        exclusions.add(new Exclusion(column, reason));
      }
    }
    return kept;
  }

  private static String reason(String column, SourceColumns columns, long distinct, long rows, long nonNull,
      long top, long classesPerValue) {
    String name = column.toLowerCase(Locale.ROOT);
    boolean idName = name.equals("id") || name.endsWith("_id") || name.endsWith(".id") || name.endsWith("uuid");
    if (distinct >= ID_LIKE_SHARE * nonNull && nonNull >= ID_LIKE_MIN_ROWS && (columns.nominal(column) || idName)) {
      return "ID-like: " + distinct + " distinct values in " + nonNull + " rows";
    }
    if (distinct <= 1 || top >= NEAR_CONSTANT_SHARE * rows) {
      return "near-constant: one value in " + Math.round(100.0 * Math.max(top, distinct <= 1 ? rows : 0) / rows)
          + "% of rows";
    }
    if (columns.nominal(column) && distinct <= MAX_LEAK_VALUES && classesPerValue <= 1) {
      return "leaks the target: each of its " + distinct + " values meets only one class";
    }
    return null;
  }
}
