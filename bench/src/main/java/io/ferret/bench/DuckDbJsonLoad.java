package io.ferret.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/** The baseline: DuckDB reading the JSONL file by itself with {@code read_json_auto} into a fresh database. */
public final class DuckDbJsonLoad {
  static final String TABLE = "t";

  /**
   * The statement timed. {@code sample_size = -1} makes DuckDB detect the schema from the whole file: with its
   * default sample of the first 20,480 rows it fails on the stream's schema change ("unknown key shipping").
   * The path is bound, never spliced into the SQL.
   */
  static final String SQL = "CREATE TABLE " + TABLE + " AS SELECT * FROM read_json_auto(?, sample_size = -1)";

  private DuckDbJsonLoad() {}

  /** Loads the file into a fresh database at {@code database} and measures it. */
  public static LoadMeasurement load(Path jsonl, Path database) {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath())) {
      Duration cpuBefore = ProcessCpuClock.now();
      long started = System.nanoTime();
      try (PreparedStatement create = connection.prepareStatement(SQL)) {
        create.setString(1, jsonl.toAbsolutePath().toString());
        create.executeUpdate();
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      Duration cpu = ProcessCpuClock.now().minus(cpuBefore);
      return new LoadMeasurement(TableRows.count(connection, TABLE), elapsed, cpu);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "DuckDB could not load " + jsonl + ": " + e.getMessage(), e);
    }
  }
}
