package io.ferret.cli.demo;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.schema.HistoryEntry;
import io.ferret.cli.schema.SchemaReader;
import io.ferret.cli.sql.ResultTableReader;
import io.ferret.cli.text.TextTable;
import io.ferret.schema.TableSchema;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo reads back from the store after ingesting: the schema, its history, the rejects and a first
 * query's answer.
 *
 * @param schema the table's evolved schema
 * @param history its schema changes, oldest first
 * @param rejects the rejected lines, in source order
 * @param revenueQuery the SQL behind {@code weeklyRevenue}
 * @param weeklyRevenue revenue of completed orders per week and region
 */
record DemoFacts(
    TableSchema schema,
    List<HistoryEntry> history,
    List<RejectedLine> rejects,
    String revenueQuery,
    TextTable weeklyRevenue) {

  /** A rejected line: where it was and why. */
  record RejectedLine(String position, String reason) {}

  static DemoFacts read(Store store, SchemaReader reader, String table) {
    TableSchema schema = store.schema(table);
    if (schema.eventTimeColumn() == null) {
      throw new IllegalStateException("the demo stream's ts field was not detected as the event time");
    }
    String query = revenueQuery(table, schema.eventTimeColumn());
    try {
      return new DemoFacts(schema, reader.history(table), rejects(store, table), query, table(store, query));
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "reading the demo's results failed: " + e.getMessage(), e);
    }
  }

  /** Weekly revenue of completed orders, one column per region. */
  static String revenueQuery(String table, String eventTimeColumn) {
    return "PIVOT (SELECT CAST(date_trunc('week', " + Sql.quote(eventTimeColumn) + ") AS DATE) AS week, region, amount\n"
        + "       FROM " + Sql.quote(table) + " WHERE status = 'completed')\n"
        + "ON region USING CAST(round(sum(amount)) AS BIGINT) ORDER BY week";
  }

  private static List<RejectedLine> rejects(Store store, String table) throws SQLException {
    List<RejectedLine> rejects = new ArrayList<>();
    try (PreparedStatement select = store.connection().prepareStatement(
        "SELECT position, reason FROM ferret_rejects WHERE table_name = ?"
            + " ORDER BY try_cast(position AS BIGINT), position")) {
      select.setString(1, table);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rejects.add(new RejectedLine(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return rejects;
  }

  private static TextTable table(Store store, String query) throws SQLException {
    try (PreparedStatement select = store.connection().prepareStatement(query);
        ResultSet rs = select.executeQuery()) {
      return ResultTableReader.read(rs);
    }
  }
}
