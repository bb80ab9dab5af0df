package io.ferret.investigator.probe;

import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Store;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * DuckDB tables with planted causes, built from hash-based pseudo-random columns so every run sees the same
 * rows. Sales span the 8 weeks from Monday 2026-01-05; the question compares the last week with the one before.
 */
public final class PlantedTables {
  public static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
  public static final TimeWindow BASELINE =
      new TimeWindow(Instant.parse("2026-02-16T00:00:00Z"), Instant.parse("2026-02-23T00:00:00Z"));
  public static final TimeWindow CURRENT =
      new TimeWindow(Instant.parse("2026-02-23T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"));
  public static final Comparison LAST_WEEK = new Comparison(CURRENT, BASELINE,
      "last week (Feb 23 – Mar 1) vs the week before (Feb 16 – Feb 22)", "last week");

  public static final Metric REVENUE = new Metric("revenue", MetricKind.SUM, "amount", null, null);
  public static final Metric ORDERS = new Metric("orders", MetricKind.COUNT, null, null, null);
  public static final Metric REFUND_RATE = new Metric("refund rate", MetricKind.RATE, "refunded", null, true);
  public static final Metric CHURN_RATE = new Metric("churn rate", MetricKind.RATE, "churned", null, true);

  /** Rows of the sales tables before anything is dropped: about 10,000 a week. */
  public static final int SALES_ROWS = 80_000;

  private PlantedTables() {}

  /**
   * Sales over 8 weeks with region (4 values), channel (direct 40%, partner 40%, online 20%), plan (3), currency
   * (EUR for 90% of EMEA and 5% of the rest, else USD: it follows region), ts and amount (20 to 100); in the last
   * week only {@code keep} of the rows matching {@code planted} remain.
   */
  public static void sales(Store store, String table, String planted, double keep) throws SQLException {
    execute(store, "CREATE TABLE " + table + " AS WITH base AS (SELECT i, "
        + "['EMEA', 'AMER', 'APAC', 'LATAM'][1 + (hash(i * 7 + 1) % 4)::INTEGER] AS region, "
        + "CASE WHEN hash(i * 7 + 2) % 10 < 4 THEN 'direct' WHEN hash(i * 7 + 2) % 10 < 8 THEN 'partner'"
        + "  ELSE 'online' END AS channel, "
        + "['basic', 'pro', 'enterprise'][1 + (hash(i * 7 + 3) % 3)::INTEGER] AS plan, "
        + "TIMESTAMP '2026-01-05 00:00:00' + to_seconds((hash(i * 7 + 4) % (56 * 86400))::BIGINT) AS ts, "
        + "20 + (hash(i * 7 + 5) % 8000) / 100.0 AS amount, "
        + "(hash(i * 7 + 6) % 1000) / 1000.0 AS draw, "
        + "(hash(i * 7 + 7) % 1000) / 1000.0 AS currency_draw "
        + "FROM range(" + SALES_ROWS + ") t(i)) "
        + "SELECT i AS id, region, channel, plan, "
        + "CASE WHEN currency_draw < CASE WHEN region = 'EMEA' THEN 0.9 ELSE 0.05 END THEN 'EUR' ELSE 'USD' END"
        + "  AS currency, ts, amount FROM base "
        + "WHERE NOT (ts >= TIMESTAMP '2026-02-23 00:00:00' AND (" + planted + ") AND draw >= " + keep + ")");
  }

  /**
   * Orders over the two compared weeks; partner orders are 10% of the baseline week and 40% of the current one,
   * and refunded at 20% in both, other channels at 5%: the refund rate rises through mix alone.
   */
  public static void refunds(Store store) throws SQLException {
    execute(store, "CREATE TABLE refunds AS WITH base AS (SELECT i, "
        + "TIMESTAMP '2026-02-16 00:00:00' + to_seconds((hash(i * 5 + 1) % (14 * 86400))::BIGINT) AS ts, "
        + "(hash(i * 5 + 2) % 1000) / 1000.0 AS mix_draw, "
        + "(hash(i * 5 + 3) % 1000) / 1000.0 AS refund_draw, "
        + "['EMEA', 'AMER', 'APAC', 'LATAM'][1 + (hash(i * 5 + 4) % 4)::INTEGER] AS region, "
        + "(hash(i * 5 + 5) % 1000) / 1000.0 AS channel_draw "
        + "FROM range(40000) t(i)), "
        + "typed AS (SELECT *, CASE "
        + "  WHEN mix_draw < CASE WHEN ts >= TIMESTAMP '2026-02-23 00:00:00' THEN 0.4 ELSE 0.1 END THEN 'partner' "
        + "  WHEN channel_draw < 0.6 THEN 'direct' ELSE 'online' END AS channel FROM base) "
        + "SELECT i AS id, ts, region, channel, "
        + "refund_draw < CASE WHEN channel = 'partner' THEN 0.2 ELSE 0.05 END AS refunded FROM typed");
  }

  /** Customers; churn 60% where region = EMEA and channel = partner, 5% elsewhere. */
  public static void customers(Store store) throws SQLException {
    execute(store, "CREATE TABLE customers AS WITH base AS (SELECT i, "
        + "['EMEA', 'AMER', 'APAC', 'LATAM'][1 + (hash(i * 4 + 1) % 4)::INTEGER] AS region, "
        + "['direct', 'partner', 'online'][1 + (hash(i * 4 + 2) % 3)::INTEGER] AS channel, "
        + "['basic', 'pro', 'enterprise'][1 + (hash(i * 4 + 3) % 3)::INTEGER] AS plan, "
        + "(hash(i * 4 + 4) % 1000000) / 1000000.0 AS draw "
        + "FROM range(30000) t(i)) "
        + "SELECT i AS id, region, channel, plan, "
        + "draw < CASE WHEN region = 'EMEA' AND channel = 'partner' THEN 0.6 ELSE 0.05 END AS churned FROM base");
  }

  /** A change question about the last week. */
  public static Interpretation change(String table, Metric metric, Direction direction, List<Predicate> filters) {
    return new Interpretation(table, QuestionKind.CHANGE, metric, direction, filters, "ts", LAST_WEEK, List.of(),
        List.of());
  }

  /** A driver question over every row. */
  public static Interpretation drivers(String table, Metric metric) {
    return new Interpretation(table, QuestionKind.DRIVERS, metric, Direction.ANY, List.of(), null, null, List.of(),
        List.of());
  }

  public static void execute(Store store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
