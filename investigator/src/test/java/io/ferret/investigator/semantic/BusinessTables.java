package io.ferret.investigator.semantic;

import io.ferret.store.Store;
import java.io.Closeable;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A store of small DuckDB tables in the shapes people ask about, each column a pure function of the row number so
 * every run sees the same rows. Timed tables hold one row an hour from 2026-09-01; the latest is orders', at
 * 2026-11-23 07:00.
 */
public final class BusinessTables implements Closeable {
  private final Store store;

  private BusinessTables(Store store) {
    this.store = store;
  }

  /** A store in {@code folder} with every table below. */
  public static BusinessTables create(Path folder) throws SQLException {
    Store store = Store.open(folder.resolve("business.duckdb"));
    try {
      orders(store);
      subscriptions(store);
      tickets(store);
      marketing(store);
      bank(store);
      payments(store);
      return new BusinessTables(store);
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public Store store() {
    return store;
  }

  /** The semantic layers of the store's tables as they are now, without ferret.yml. */
  public SemanticCatalog catalog() {
    return SemanticCatalog.load(store, null);
  }

  @Override
  public void close() {
    store.close();
  }

  /** {@code orders}: amount, region, segment, channel, status, country, late and discount_pct, by created_at. */
  private static void orders(Store store) throws SQLException {
    execute(store, "CREATE TABLE orders AS SELECT i AS order_id, ['EMEA', 'NA', 'APAC'][i % 3 + 1] AS region,"
        + " ['enterprise', 'smb', 'mid-market'][i % 3 + 1] AS segment, ['web', 'partner', 'sales'][i % 3 + 1]"
        + " AS channel, ['completed', 'completed', 'refunded', 'cancelled'][i % 4 + 1] AS status,"
        + " ['US', 'IN', 'DE', 'FR'][i % 4 + 1] AS country, 10.0 + i % 50 AS amount, i % 7 = 0 AS late,"
        + " i % 30 AS discount_pct, TIMESTAMP '2026-09-01' + to_hours(i) AS created_at FROM range(2000) t(i)");
  }

  /** {@code subscriptions}: arr, plan, segment (both with an "enterprise") and churned, by ts. */
  private static void subscriptions(Store store) throws SQLException {
    execute(store, "CREATE TABLE subscriptions AS SELECT i AS id, ['starter', 'pro', 'enterprise'][i % 3 + 1]"
        + " AS plan, ['enterprise', 'smb'][i % 2 + 1] AS segment, 100.0 * (i % 7) AS arr, i % 5 = 0 AS churned,"
        + " TIMESTAMP '2026-09-01' + to_hours(i) AS ts FROM range(1000) t(i)");
  }

  /** {@code ticket_events}: priority, team, escalated and resolution_hours, by opened_at. */
  private static void tickets(Store store) throws SQLException {
    execute(store, "CREATE TABLE ticket_events AS SELECT i AS ticket_id,"
        + " ['low', 'medium', 'high', 'urgent'][i % 4 + 1] AS priority, ['billing', 'support', 'platform'][i % 3 + 1]"
        + " AS team, i % 11 = 0 AS escalated, 1.0 + i % 40 AS resolution_hours,"
        + " TIMESTAMP '2026-09-01' + to_hours(i) AS opened_at FROM range(1500) t(i)");
  }

  /** {@code marketing}: campaign, spend and converted, by ts. */
  private static void marketing(Store store) throws SQLException {
    execute(store, "CREATE TABLE marketing AS SELECT ['email', 'ads', 'social'][i % 3 + 1] AS campaign,"
        + " 5.0 + i % 9 AS spend, i % 9 = 0 AS converted, TIMESTAMP '2026-09-01' + to_hours(i) AS ts"
        + " FROM range(900) t(i)");
  }

  /** {@code bank}, as in the bank-marketing data set: job, balance and y (yes/no), with no time column. */
  private static void bank(Store store) throws SQLException {
    execute(store, "CREATE TABLE bank AS SELECT ['admin', 'blue-collar', 'technician'][i % 3 + 1] AS job,"
        + " i * 3 % 1000 AS balance, ['no', 'no', 'no', 'yes'][i % 4 + 1] AS y FROM range(400) t(i)");
  }

  /** {@code payments}: net_value and gross_value, two sums a bare "value" could mean, by ts. */
  private static void payments(Store store) throws SQLException {
    execute(store, "CREATE TABLE payments AS SELECT ['card', 'wire'][i % 2 + 1] AS method, 90.0 + i % 5 AS net_value,"
        + " 100.0 + i % 5 AS gross_value, TIMESTAMP '2026-09-01' + to_hours(i) AS ts FROM range(600) t(i)");
  }

  public static void execute(Store store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
