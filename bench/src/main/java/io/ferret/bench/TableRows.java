package io.ferret.bench;

import io.ferret.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts a table's rows, to check that a load landed everything. */
public final class TableRows {
  private TableRows() {}

  public static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + Sql.quote(table))) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
