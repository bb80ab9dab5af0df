package io.ferret.store;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk writes to metadata tables through DuckDB's appender: a wide table's column mapping is thousands of
 * rows per batch, and prepared-statement batches run them one by one.
 */
final class MetadataAppender {
  private MetadataAppender() {}

  static DuckDBAppender open(DuckDBConnection connection, String table) throws SQLException {
    return connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /** Appends a nullable string. */
  static void text(DuckDBAppender append, String value) throws SQLException {
    if (value == null) {
      append.appendNull();
    } else {
      append.append(value);
    }
  }
}
