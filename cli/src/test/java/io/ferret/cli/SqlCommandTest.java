package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlCommandTest {
  private static final String BY_REGION =
      "SELECT region, count(*) AS orders, sum(amount) AS revenue FROM orders GROUP BY region ORDER BY region";

  @TempDir
  Path folder;

  private Cli cli;
  private String database;

  @BeforeEach
  void ingestOrders() {
    cli = Cli.in(folder);
    database = Orders.ingest(cli, folder).toString();
  }

  @Test
  void tableFormatAlignsColumnsLikePsqlAndCountsRows() {
    Cli.Result result = cli.run("sql", "--db", database, BY_REGION);

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("""
         region | orders | revenue
        --------+--------+---------
         APAC   |      1 |    7.25
         EMEA   |      2 |    22.5
         NA     |      1 |    20.0
        (3 rows)
        """, result.out());
  }

  @Test
  void csvFormatHasAHeaderAndOneLinePerRow() {
    Cli.Result result = cli.run("sql", "--db", database, "--format", "csv", BY_REGION);

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("region,orders,revenue\nAPAC,1,7.25\nEMEA,2,22.5\nNA,1,20.0\n", result.out());
  }

  @Test
  void jsonFormatKeepsTypesAndCountsRows() throws Exception {
    Cli.Result result = cli.run("sql", "--db", database, "--format", "json",
        "SELECT id, ts, region, coupon FROM orders ORDER BY id");

    assertEquals(0, result.exitCode(), result::toString);
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(4, json.get("row_count").asInt());
    assertEquals("TIMESTAMP", json.get("columns").get(1).get("type").asText());
    JsonNode first = json.get("rows").get(0);
    assertTrue(first.get("id").isIntegralNumber(), first::toString);
    assertEquals("2026-01-05T10:00:00", first.get("ts").asText());
    assertTrue(first.get("coupon").isNull(), first::toString);
    assertEquals("SAVE10", json.get("rows").get(3).get("coupon").asText());
  }

  @Test
  void showsNullAsNullInTables() {
    Cli.Result result = cli.run("sql", "--db", database, "SELECT coupon FROM orders WHERE id = 1");

    assertTrue(result.out().contains(" NULL\n"), result.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO orders (id) VALUES (99)",
      "CREATE TABLE stolen AS SELECT * FROM orders",
      "COPY orders TO '/tmp/ferret-sql-must-not-write.csv'",
      "COPY (SELECT 1) TO '/tmp/ferret-sql-must-not-write.parquet' (FORMAT parquet)",
      "ATTACH '/tmp/ferret-sql-must-not-attach.duckdb' AS other",
      "SET enable_external_access = true"
  })
  void refusesWritesWithOneLineUsageError(String statement) {
    Cli.Result result = cli.run("sql", "--db", database, statement);

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: ferret sql is read-only: "), result.err());
    assertEquals("", result.out());
    assertFalse(Files.exists(Path.of("/tmp/ferret-sql-must-not-write.csv")));
    assertFalse(Files.exists(Path.of("/tmp/ferret-sql-must-not-write.parquet")));
  }

  @Test
  void leavesTheStoreUnchangedAfterARefusedWrite() {
    cli.run("sql", "--db", database, "DELETE FROM orders");

    Cli.Result count = cli.run("sql", "--db", database, "--format", "csv", "SELECT count(*) AS n FROM orders");
    assertEquals("n\n4\n", count.out());
  }

  @Test
  void aMistakenQueryIsAUsageErrorOnOneLine() {
    Cli.Result result = cli.run("sql", "--db", database, "SELEC 1");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: query failed: Parser Error"), result.err());
  }

  @Test
  void queriesAnUnknownTableAsAUsageError() {
    Cli.Result result = cli.run("sql", "--db", database, "SELECT * FROM nope");

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: query failed: Catalog Error"), result.err());
  }

  @Test
  void readsFerretsMetadataTables() {
    Cli.Result result = cli.run("sql", "--db", database, "--format", "csv",
        "SELECT position FROM ferret_rejects");

    assertEquals("position\n4\n", result.out());
  }
}
