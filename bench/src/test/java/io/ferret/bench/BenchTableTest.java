package io.ferret.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTableTest {
  private static final long ROWS = 20_000;

  @TempDir
  Path folder;

  @Test
  void hasTwentyColumnsOverNinetyDaysAndTheSameRowsForTheSameSeed() throws SQLException {
    try (Store first = table("first", 42); Store again = table("again", 42); Store other = table("other", 7)) {
      assertEquals(ROWS, number(first, "SELECT count(*) FROM orders"));
      assertEquals(BenchTable.COLUMNS, number(first, "SELECT count(*) FROM information_schema.columns"
          + " WHERE table_name = 'orders'"));
      assertEquals(90, number(first, "SELECT count(DISTINCT CAST(ts AS DATE)) FROM orders"));
      String checksum = "SELECT sum(hash(order_id, ts, region, category, returned, amount)) FROM orders";
      assertEquals(number(first, checksum), number(again, checksum));
      assertNotEquals(number(first, checksum), number(other, checksum));
    }
  }

  @Test
  void plantsTheIncidentAndTheReturnDriver() throws SQLException {
    try (Store store = table("planted", 42)) {
      double incident = number(store, "SELECT avg(amount) FILTER (WHERE ts >= TIMESTAMP '2026-11-09 00:00:00')"
          + " / avg(amount) FILTER (WHERE ts < TIMESTAMP '2026-11-09 00:00:00') FROM orders"
          + " WHERE region = 'EMEA' AND channel = 'partner'");
      assertEquals(0.3, incident, 0.05);
      double driver = number(store, "SELECT avg(returned::INTEGER) FROM orders"
          + " WHERE category = 'electronics' AND channel = 'online'");
      double rest = number(store, "SELECT avg(returned::INTEGER) FROM orders"
          + " WHERE NOT (category = 'electronics' AND channel = 'online')");
      assertEquals(0.35, driver, 0.05);
      assertEquals(0.06, rest, 0.01);
      assertTrue(number(store, "SELECT count(*) FROM orders WHERE coupon IS NULL") > ROWS / 2);
    }
  }

  private Store table(String name, long seed) {
    Store store = Store.open(folder.resolve(name + ".duckdb"));
    BenchTable.create(store, ROWS, seed);
    return store;
  }

  private static double number(Store store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getDouble(1);
    }
  }
}
