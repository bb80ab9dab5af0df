package io.ferret.investigator.digest;

import io.ferret.store.Store;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An {@code orders} table of 10 weeks, from Monday 2026-09-07 through Sunday 2026-11-15, with a weekly rhythm:
 * 3,000 orders a weekday and half as many on weekends. Regions EMEA (30%), NA (40%) and APAC (30%), channels
 * direct, partner and online, amounts 20 to 120, all from hashes so every run sees the same rows; plus a tiny
 * region, Antarctica, with 4 orders a day.
 */
final class DigestTables {
  static final LocalDate LAST_DAY = LocalDate.parse("2026-11-15");
  /** The moment the last day has just ended, so it is the latest complete day. */
  static final Instant AS_OF = Instant.parse("2026-11-16T00:00:00Z");
  private static final int DAYS = 70;
  private static final int PER_DAY = 3000;

  private DigestTables() {}

  /**
   * Creates the table; on the last {@code days} days, only {@code keep} of the rows matching {@code planted}
   * remain, and Antarctica has {@code antarcticaLastDay} orders on the last day.
   */
  static void orders(Store store, String planted, int days, double keep, int antarcticaLastDay)
      throws SQLException {
    String plantedDays = "day >= " + (DAYS - days);
    execute(store, "CREATE TABLE orders AS WITH base AS (SELECT i // " + PER_DAY + " AS day, i % " + PER_DAY
        + " AS position, CASE WHEN hash(i * 5 + 1) % 100 < 30 THEN 'EMEA' WHEN hash(i * 5 + 1) % 100 < 70"
        + " THEN 'NA' ELSE 'APAC' END AS region, ['direct', 'partner', 'online'][1 + (hash(i * 5 + 2) % 3)::INTEGER]"
        + " AS channel, 20 + (hash(i * 5 + 3) % 10000) / 100.0 AS amount, (hash(i * 5 + 4) % 1000) / 1000.0 AS draw"
        + " FROM range(" + DAYS * PER_DAY + ") t(i)), days AS (SELECT *, TIMESTAMP '2026-09-07 00:00:00'"
        + " + to_days(day::INTEGER) + to_seconds((position * 28)::BIGINT) AS ts FROM base)"
        + " SELECT ts, region, channel, amount FROM days"
        + " WHERE (dayofweek(ts) NOT IN (0, 6) OR position < " + PER_DAY / 2 + ")"
        + " AND NOT (" + plantedDays + " AND (" + planted + ") AND draw >= " + keep + ")"
        + " UNION ALL SELECT TIMESTAMP '2026-09-07 12:00:00' + to_days(d::INTEGER) + to_minutes(k::INTEGER), 'Antarctica',"
        + " 'direct', 50.0 FROM range(" + DAYS + ") a(d), range(" + antarcticaLastDay + ") b(k)"
        + " WHERE k < CASE WHEN d = " + (DAYS - 1) + " THEN " + antarcticaLastDay + " ELSE 4 END");
  }

  private static void execute(Store store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
