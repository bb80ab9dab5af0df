package io.ferret.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The benchmark's table: {@code orders} with 20 columns over the 90 days to Sunday 2026-11-15, generated in
 * DuckDB from hashes of the row number and the seed, so a seed always gives the same rows. Weekend orders are
 * smaller; in the last 7 days EMEA partner orders keep 30% of their amount (the planted incident); returns run
 * at 35% for online electronics and 6% elsewhere (the planted driver).
 */
public final class BenchTable {
  public static final String NAME = "orders";
  public static final int COLUMNS = 20;

  private static final String CREATE = "CREATE TABLE orders AS WITH base AS (SELECT i, seed_offset, "
      + "TIMESTAMP '2026-08-18 00:00:00' + to_seconds((hash(i * 64 + 2 + seed_offset) % (90 * 86400))::BIGINT) AS ts, "
      + "['EMEA', 'AMER', 'APAC', 'LATAM', 'MEA'][1 + (hash(i * 64 + 3 + seed_offset) % 5)::INTEGER] AS region, "
      + "['direct', 'partner', 'online', 'retail'][1 + (hash(i * 64 + 4 + seed_offset) % 4)::INTEGER] AS channel, "
      + "['electronics', 'books', 'garden', 'toys', 'fashion', 'food', 'sports', 'beauty']"
      + "[1 + (hash(i * 64 + 8 + seed_offset) % 8)::INTEGER] AS category "
      + "FROM range(?) t(i) CROSS JOIN (SELECT ?::BIGINT AS seed_offset) s) "
      + "SELECT i AS order_id, (hash(i * 64 + 1 + seed_offset) % 200000)::BIGINT AS customer_id, ts, region, channel, "
      + "['basic', 'pro', 'enterprise'][1 + (hash(i * 64 + 5 + seed_offset) % 3)::INTEGER] AS plan, "
      + "['desktop', 'mobile', 'tablet'][1 + (hash(i * 64 + 6 + seed_offset) % 3)::INTEGER] AS device, "
      + "['DE', 'FR', 'GB', 'US', 'CA', 'BR', 'MX', 'JP', 'IN', 'AU', 'ZA', 'AE'][1 + (hash(i * 64 + 7 + seed_offset) % 12)::INTEGER]"
      + " AS country, category, "
      + "['card', 'paypal', 'invoice', 'wallet'][1 + (hash(i * 64 + 9 + seed_offset) % 4)::INTEGER] AS payment_method, "
      + "['consumer', 'smb', 'corporate'][1 + (hash(i * 64 + 10 + seed_offset) % 3)::INTEGER] AS segment, "
      + "CASE WHEN hash(i * 64 + 11 + seed_offset) % 100 < 90 THEN 'completed' WHEN hash(i * 64 + 11 + seed_offset) % 100 < 96 THEN 'cancelled'"
      + " ELSE 'pending' END AS status, "
      + "CASE WHEN hash(i * 64 + 12 + seed_offset) % 100 < 80 THEN NULL ELSE ['SAVE10', 'WELCOME', 'VIP']"
      + "[1 + (hash(i * 64 + 13 + seed_offset) % 3)::INTEGER] END AS coupon, "
      + "hash(i * 64 + 14 + seed_offset) % 10 < 2 AS is_first_order, "
      + "(hash(i * 64 + 15 + seed_offset) % 1000) / 1000.0 < CASE WHEN category = 'electronics' AND channel = 'online' THEN 0.35"
      + " ELSE 0.06 END AS returned, "
      + "round((20 + (hash(i * 64 + 16 + seed_offset) % 10000) / 100.0)"
      + " * CASE WHEN dayofweek(ts) IN (0, 6) THEN 0.7 ELSE 1 END"
      + " * CASE WHEN ts >= TIMESTAMP '2026-11-09 00:00:00' AND region = 'EMEA' AND channel = 'partner' THEN 0.3"
      + " ELSE 1 END, 2) AS amount, "
      + "(1 + hash(i * 64 + 17 + seed_offset) % 5)::INTEGER AS quantity, "
      + "(hash(i * 64 + 18 + seed_offset) % 30) / 100.0 AS discount, "
      + "(hash(i * 64 + 19 + seed_offset) % 2000) / 100.0 AS shipping_cost, "
      + "(1 + hash(i * 64 + 20 + seed_offset) % 5)::INTEGER AS rating "
      + "FROM base";

  /**
   * Each column hashes its own number, {@code i * 64 + column + offset}: DuckDB's several-argument hash keeps
   * the low bits of its parts too alike for independent columns. Seeds count modulo {@value #SEEDS}, and the
   * offsets they give sit {@value #SEED_STRIDE} apart, beyond any row's numbers.
   */
  private static final long SEEDS = 1_000_000;
  private static final long SEED_STRIDE = 1_000_000_000_000L;

  private BenchTable() {}

  /** Creates the table with {@code rows} rows in {@code store}. */
  public static void create(Store store, long rows, long seed) {
    try (PreparedStatement statement = store.connection().prepareStatement(CREATE)) {
      statement.setLong(1, rows);
      statement.setLong(2, Math.floorMod(seed, SEEDS) * SEED_STRIDE);
      statement.execute();
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "cannot generate the benchmark table: " + e.getMessage(), e);
    }
  }
}
