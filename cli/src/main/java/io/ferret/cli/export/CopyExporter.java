package io.ferret.cli.export;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/** Exports a table to Parquet or CSV with DuckDB's own COPY. */
final class CopyExporter {
  private CopyExporter() {}

  /** Writes the table and returns the number of rows written. */
  static long export(Store store, String table, ExportFormat format, Path file) {
    String options = switch (format) {
      case PARQUET -> "FORMAT parquet";
      case CSV -> "FORMAT csv, HEADER true";
      case ARROW -> throw new IllegalArgumentException("COPY does not write Arrow IPC files");
    };
    String copy = "COPY (SELECT * FROM " + Sql.quote(table) + ") TO " + stringLiteral(file.toAbsolutePath().toString())
        + " (" + options + ")";
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(copy);
      return statement.getUpdateCount();
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "exporting " + table + " to " + file + " failed: "
          + e.getMessage(), e);
    }
  }

  /** A SQL string literal: single quotes doubled, since the path cannot be a bound parameter in COPY. */
  static String stringLiteral(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
