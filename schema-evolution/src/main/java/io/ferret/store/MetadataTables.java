package io.ferret.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates Ferret's bookkeeping tables; every one starts with {@code ferret_}. */
final class MetadataTables {
  static final String TABLES = "ferret_tables";
  static final String COLUMNS = "ferret_columns";
  static final String HISTORY = "ferret_schema_history";
  static final String REJECTS = "ferret_rejects";
  static final String SOURCES = "ferret_sources";

  private static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS ferret_tables (table_name VARCHAR NOT NULL, schema_version INTEGER NOT NULL,"
          + " event_time_column VARCHAR, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)",
      "CREATE TABLE IF NOT EXISTS ferret_columns (table_name VARCHAR NOT NULL, column_name VARCHAR NOT NULL,"
          + " ordinal INTEGER NOT NULL, source_path JSON, field VARCHAR, data_type VARCHAR NOT NULL,"
          + " role VARCHAR NOT NULL, base_column VARCHAR, values_landed BIGINT NOT NULL, coerced BIGINT NOT NULL,"
          + " variants BIGINT NOT NULL, conformed_since_change BIGINT NOT NULL,"
          + " variants_since_change BIGINT NOT NULL, exact_in_double BOOLEAN NOT NULL)",
      "CREATE TABLE IF NOT EXISTS ferret_schema_history (table_name VARCHAR NOT NULL, version INTEGER NOT NULL,"
          + " seq INTEGER NOT NULL, change VARCHAR NOT NULL, column_name VARCHAR, source_path JSON, field VARCHAR,"
          + " old_type VARCHAR, new_type VARCHAR, changed_at TIMESTAMP NOT NULL, source VARCHAR,"
          + " position VARCHAR, detail VARCHAR)",
      "CREATE TABLE IF NOT EXISTS ferret_rejects (table_name VARCHAR NOT NULL, source VARCHAR NOT NULL,"
          + " position VARCHAR NOT NULL, reason VARCHAR NOT NULL, raw VARCHAR, rejected_at TIMESTAMP NOT NULL)",
      "CREATE TABLE IF NOT EXISTS ferret_sources (table_name VARCHAR NOT NULL, path VARCHAR NOT NULL,"
          + " size BIGINT NOT NULL, sha256 VARCHAR NOT NULL, rows_accepted BIGINT NOT NULL,"
          + " rows_rejected BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL)");

  private MetadataTables() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String ddl : DDL) {
        statement.execute(ddl);
      }
    }
  }

  /** True for Ferret's own tables, which user-facing listings leave out. */
  static boolean isMetadata(String table) {
    return table.toLowerCase(java.util.Locale.ROOT).startsWith("ferret_");
  }
}
