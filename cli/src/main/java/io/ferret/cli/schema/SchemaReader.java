package io.ferret.cli.schema;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.ColumnStats;
import io.ferret.schema.TableSchema;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads table schemas, row counts and schema history from a store into descriptions. */
public final class SchemaReader {
  private final Store store;

  public SchemaReader(Store store) {
    this.store = Objects.requireNonNull(store, "store is null");
  }

  /** Every table, or just {@code table} when it is not null; a usage error when that table does not exist. */
  public StoreDescription describe(String table, boolean withHistory) {
    List<String> names = store.tables();
    if (table != null) {
      requireTable(store, table);
      names = List.of(table);
    }
    List<TableDescription> tables = new ArrayList<>();
    for (String name : names) {
      tables.add(describeTable(name, withHistory));
    }
    return new StoreDescription(store.path().toString(), tables);
  }

  /** Throws a usage error naming the existing tables unless {@code table} is one of them. */
  public static void requireTable(Store store, String table) {
    List<String> tables = store.tables();
    if (!tables.contains(table)) {
      throw new FerretException(ErrorCode.USAGE, "no table '" + table + "' in " + store.path()
          + (tables.isEmpty() ? "; it has no tables yet" : "; tables: " + String.join(", ", tables)));
    }
  }

  private TableDescription describeTable(String table, boolean withHistory) {
    TableSchema schema = store.schema(table);
    List<ColumnDescription> columns = new ArrayList<>();
    for (Column column : schema.columns()) {
      columns.add(describeColumn(column, schema));
    }
    return new TableDescription(table, schema.version(), schema.eventTimeColumn(), rowCount(table), columns,
        withHistory ? history(table) : null);
  }

  private static ColumnDescription describeColumn(Column column, TableSchema schema) {
    ColumnStats stats = schema.statsOf(column.name());
    return new ColumnDescription(
        column.name(),
        column.type().sqlName(),
        column.role().name().toLowerCase(Locale.ROOT),
        column.path() == null ? null : column.path().dotted(),
        column.path() == null ? null : column.path().segments(),
        column.baseColumn(),
        column.role() == ColumnRole.SYSTEM ? 0 : stats.values(),
        column.role() == ColumnRole.SYSTEM ? 0 : stats.coerced(),
        column.role() == ColumnRole.SYSTEM ? 0 : stats.variants());
  }

  private long rowCount(String table) {
    try (PreparedStatement count = store.connection().prepareStatement("SELECT count(*) FROM " + Sql.quote(table));
        ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "counting the rows of " + table + " failed: " + e.getMessage(), e);
    }
  }

  /** The table's rows of {@code ferret_schema_history}, oldest first. */
  public List<HistoryEntry> history(String table) {
    List<HistoryEntry> entries = new ArrayList<>();
    try (PreparedStatement select = store.connection().prepareStatement(
        "SELECT version, seq, change, column_name, field, old_type, new_type, position, source, changed_at, detail"
            + " FROM ferret_schema_history WHERE table_name = ? ORDER BY version, seq")) {
      select.setString(1, table);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          LocalDateTime changedAt = rs.getObject(10, LocalDateTime.class);
          entries.add(new HistoryEntry(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
              changedAt == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(changedAt) + "Z",
              rs.getString(11)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "reading the schema history of " + table + " failed: "
          + e.getMessage(), e);
    }
  }
}
