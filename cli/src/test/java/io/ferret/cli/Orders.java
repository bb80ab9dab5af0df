package io.ferret.cli;

import java.nio.file.Path;

/** A tiny order file with known answers: 4 events, 1 malformed line, amount widening from BIGINT to DOUBLE. */
final class Orders {
  static final String TABLE = "orders";
  static final int ACCEPTED = 4;
  static final int REJECTED = 1;

  private Orders() {}

  static Path write(Path folder) {
    return Cli.write(folder.resolve("orders.jsonl"),
        "{\"id\":1,\"ts\":\"2026-01-05T10:00:00Z\",\"region\":\"EMEA\",\"amount\":10}",
        "{\"id\":2,\"ts\":\"2026-01-05T11:00:00Z\",\"region\":\"NA\",\"amount\":20}",
        "{\"id\":3,\"ts\":\"2026-01-06T09:30:00Z\",\"region\":\"EMEA\",\"amount\":12.5}",
        "this is not json",
        "{\"id\":4,\"ts\":\"2026-01-07T08:00:00Z\",\"region\":\"APAC\",\"amount\":7.25,\"coupon\":\"SAVE10\"}");
  }

  /** Ingests the order file into a store in {@code folder} with batches of two events, and returns the store. */
  static Path ingest(Cli cli, Path folder) {
    Path database = folder.resolve("orders.duckdb");
    Cli.Result result = cli.run("ingest", "--db", database.toString(), "--table", TABLE, "--batch-size", "2",
        write(folder).toString());
    if (result.exitCode() != 0) {
      throw new AssertionError("ingest failed: " + result);
    }
    return database;
  }
}
