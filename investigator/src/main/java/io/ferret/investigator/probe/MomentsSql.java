package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Moments;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The six sums of {@link Moments} over {@link ScopedRows}, as SELECT items and back. */
final class MomentsSql {
  /** Columns each {@link #select} produces. */
  static final int WIDTH = 6;

  private MomentsSql() {}

  /** The sums over every row of the group. */
  static String select() {
    return select("");
  }

  /** The sums over the group's rows where {@code condition} holds; no values may be bound in it. */
  static String filtered(String condition) {
    return select(" FILTER (WHERE " + condition + ")");
  }

  private static String select(String filter) {
    return "count(*)" + filter + ", sum(\"__n\")" + filter + ", sum(\"__n\" * \"__n\")" + filter + ", sum(\"__d\")"
        + filter + ", sum(\"__d\" * \"__d\")" + filter + ", sum(\"__n\" * \"__d\")" + filter;
  }

  /** Reads the sums starting at column {@code first} (1-based). */
  static Moments read(ResultSet row, int first) throws SQLException {
    return new Moments(row.getLong(first), row.getDouble(first + 1), row.getDouble(first + 2),
        row.getDouble(first + 3), row.getDouble(first + 4), row.getDouble(first + 5));
  }
}
