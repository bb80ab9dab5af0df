package io.ferret.store;

import io.ferret.schema.Column;
import io.ferret.schema.ColumnType;
import io.ferret.schema.EvolutionPlan;
import io.ferret.schema.SchemaChange;
import io.ferret.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/** Turns a plan's schema changes into DDL on the user table. Runs inside the batch's transaction. */
final class SchemaMigrator {
  private SchemaMigrator() {}

  static void apply(Connection connection, EvolutionPlan plan) throws SQLException {
    TableSchema after = plan.after();
    String table = Sql.quote(after.table());
    try (Statement ddl = connection.createStatement()) {
      for (SchemaChange change : plan.changes()) {
        switch (change.kind()) {
          case CREATE_TABLE -> ddl.execute("CREATE TABLE " + table + " (" + Sql.quote(TableSchema.EXTRA_COLUMN)
              + " " + ColumnType.JSON.sqlName() + ")");
          case ADD_COLUMN, ADD_VARIANT -> ddl.execute("ALTER TABLE " + table + " ADD COLUMN "
              + Sql.quote(change.column()) + " " + change.newType().sqlName());
          case WIDEN_COLUMN -> widen(ddl, plan.before(), table, change);
          case OVERFLOW_TO_EXTRA, SET_EVENT_TIME -> { } // metadata only
        }
      }
    }
  }

  /** Timestamps turned into text keep an explicit UTC marker; DuckDB's plain cast would drop the zone. */
  private static String usingClause(SchemaChange change, String column) {
    if (change.newType() == ColumnType.VARCHAR && change.oldType() == ColumnType.TIMESTAMP) {
      return " USING strftime(" + column + ", '%Y-%m-%dT%H:%M:%S.%fZ')";
    }
    return "";
  }

  private static void widen(Statement ddl, TableSchema before, String table, SchemaChange change)
      throws SQLException {
    String column = Sql.quote(change.column());
    ddl.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + change.newType().sqlName()
        + usingClause(change, column));
    if (change.newType() != ColumnType.VARCHAR) {
      return;
    }
    // Now that the column takes any value, copy the values its variants held so the column reads complete.
    // The variants keep theirs, so nothing that was written is ever rewritten away.
    StringJoiner variants = new StringJoiner(", ");
    for (Column variant : before.variantsOf(change.column()).values()) {
      variants.add("CAST(" + Sql.quote(variant.name()) + " AS VARCHAR)");
    }
    if (variants.length() > 0) {
      ddl.execute("UPDATE " + table + " SET " + column + " = coalesce(" + variants + ") WHERE " + column
          + " IS NULL");
    }
  }
}
