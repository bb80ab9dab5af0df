package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir
  Path folder;

  @Test
  void printsAcceptedRejectsLinesReadAndEachSchemaChange() {
    Path database = folder.resolve("store.duckdb");
    Cli.Result result = Cli.in(folder).run("ingest", "--db", database.toString(), "--table", "orders",
        "--batch-size", "2", Orders.write(folder).toString());

    assertEquals(0, result.exitCode(), result::toString);
    String out = result.out();
    assertTrue(out.contains("4 rows accepted, 1 reject (see ferret_rejects), 5 lines read"), out);
    assertTrue(out.contains("now at schema version 3"), out);
    assertTrue(out.contains("create_table"), out);
    assertTrue(out.contains("add_column       region: VARCHAR (first at line 1)"), out);
    assertTrue(out.contains("widen_column     amount: BIGINT -> DOUBLE (first at line 3)"), out);
    assertTrue(out.contains("add_column       coupon: VARCHAR (first at line 5)"), out);
    assertTrue(out.contains("set_event_time   ts: TIMESTAMP (first at line 1)"), out);
    assertTrue(out.contains("rows/s"), out);
    assertEquals("", result.err());
  }

  @Test
  void skipsAFileWhoseContentWasAlreadyIngestedUnlessForced() {
    Cli cli = Cli.in(folder);
    Path file = Orders.write(folder);
    String database = folder.resolve("store.duckdb").toString();
    cli.run("ingest", "--db", database, "--table", "orders", file.toString());

    Cli.Result again = cli.run("ingest", "--db", database, "--table", "orders", file.toString());
    assertEquals(0, again.exitCode(), again::toString);
    assertTrue(again.out().contains("skipped, the same content was already ingested into orders"), again.out());
    assertTrue(again.out().contains("--force"), again.out());
    assertEquals("4", count(cli, database));

    Cli.Result forced = cli.run("ingest", "--db", database, "--table", "orders", "--force", file.toString());
    assertEquals(0, forced.exitCode(), forced::toString);
    assertTrue(forced.out().contains("4 rows accepted"), forced.out());
    assertEquals("8", count(cli, database));
  }

  @Test
  void totalsSeveralFiles() {
    Path first = Orders.write(folder);
    Path second = Cli.write(folder.resolve("more.jsonl"), "{\"id\":9,\"region\":\"LATAM\"}");
    Cli.Result result = Cli.in(folder).run("ingest", "--db", folder.resolve("store.duckdb").toString(),
        "--table", "orders", first.toString(), second.toString());

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("Total: 2 files, 5 rows accepted, 1 reject, 6 lines read"), result.out());
  }

  @Test
  void ingestsIntoTheEnvironmentsDefaultStoreWithoutDb() {
    Cli cli = Cli.in(folder);
    Cli.Result result = cli.run("ingest", "--table", "orders", Orders.write(folder).toString());

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(Files.exists(folder.resolve("default.duckdb")));
  }

  @Test
  void refusesAMissingFileWithAUsageErrorBeforeCreatingTheStore() {
    Path database = folder.resolve("store.duckdb");
    Cli.Result result = Cli.in(folder).run("ingest", "--db", database.toString(), "--table", "orders",
        folder.resolve("absent.jsonl").toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: no such file: "), result.err());
    assertFalse(Files.exists(database));
  }

  @Test
  void refusesAnInvalidTableName() {
    Cli.Result result = Cli.in(folder).run("ingest", "--db", folder.resolve("store.duckdb").toString(),
        "--table", "ferret_tables", Orders.write(folder).toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("reserved for Ferret"), result.err());
  }

  @Test
  void refusesABatchSizeBelowOne() {
    Cli.Result result = Cli.in(folder).run("ingest", "--table", "orders", "--batch-size", "0",
        Orders.write(folder).toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals("ferret: --batch-size must be at least 1, got 0", result.err().strip());
  }

  private static String count(Cli cli, String database) {
    return cli.run("sql", "--db", database, "--format", "csv", "SELECT count(*) AS n FROM orders")
        .out().lines().skip(1).findFirst().orElseThrow();
  }
}
