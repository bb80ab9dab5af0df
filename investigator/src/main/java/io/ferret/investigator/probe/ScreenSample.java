package io.ferret.investigator.probe;

import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.semantic.SqlFragment;
import java.util.List;

/**
 * The rows a drill-down screens: all of them, or, for a driver question over more rows than the screen needs, a
 * fixed sample of about that many picked by a hash of the row id (the same rows every time the table is
 * unchanged). A driver question reads the whole table, not two windows, and its grouping sets over 10M rows
 * outlast the probe's deadline; a million rows already find any segment worth naming, and the chosen segments
 * are measured again on every row.
 *
 * @param inScope the rows in scope
 * @param perMillion of each million rows, how many the sample keeps (1,000,000 for all)
 */
record ScreenSample(long inScope, long perMillion) {
  private static final long MILLION = 1_000_000;

  /** All rows, or a sample of about {@code screenRows} when a driver question has more in scope. */
  static ScreenSample of(ProbeSession session, Queries queries, long screenRows) {
    Scope scope = session.scope();
    if (scope.comparesWindows()) {
      return new ScreenSample(0, MILLION);
    }
    SqlFragment count = new SqlBuilder().sql("SELECT count(*)").sql(scope.from()).sql(" WHERE ").add(scope.where())
        .build();
    long rows = queries.one(count, row -> row.getLong(1));
    return new ScreenSample(rows, rows <= screenRows ? MILLION : Math.max(1, screenRows * MILLION / rows));
  }

  boolean sampled() {
    return perMillion < MILLION;
  }

  /** The SQL condition that keeps the sample; TRUE for all rows. */
  SqlFragment condition() {
    if (!sampled()) {
      return SqlFragment.of("TRUE");
    }
    return new SqlFragment("hash(rowid) % " + MILLION + " < ?", List.of(perMillion));
  }

  /** "screened a sample of about 1,000,000 of the 10,000,000 rows (by a hash of the row id)", or "". */
  String description() {
    return sampled() ? "screened a sample of about " + NumberText.count(inScope * perMillion / MILLION) + " of the "
        + NumberText.count(inScope) + " rows (by a hash of the row id), then measured the chosen segments on all"
        : "";
  }
}
