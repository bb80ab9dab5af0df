package io.ferret.investigator.semantic;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.TableSchema;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table's analysable columns with their DuckDB types, and the few facts about their data that the semantic
 * layer needs. For tables Ferret ingested only data columns count: variants, {@code _extra} and system columns
 * hold leftovers, not measures.
 */
final class TableProfile {
  private final Store store;
  private final String table;
  private final Map<String, String> types;
  private final String eventTimeColumn;

  private TableProfile(Store store, String table, Map<String, String> types, String eventTimeColumn) {
    this.store = store;
    this.table = table;
    this.types = types;
    this.eventTimeColumn = eventTimeColumn;
  }

  static TableProfile read(Store store, String table) {
    TableSchema schema = store.schema(table);
    Set<String> dataColumns = schema.exists()
        ? schema.columns().stream().filter(c -> c.role() == ColumnRole.DATA).map(Column::name)
            .collect(Collectors.toSet())
        : null;
    Map<String, String> types = new LinkedHashMap<>();
    try (PreparedStatement statement = store.connection().prepareStatement(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String column = rows.getString(1);
          if (dataColumns == null || dataColumns.contains(column)) {
            types.put(column, rows.getString(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not read the columns of " + table + ": " + e.getMessage(), e);
    }
    String eventTime = schema.exists() ? schema.eventTimeColumn() : null;
    return new TableProfile(store, table, types, eventTime);
  }

  String table() {
    return table;
  }

  Map<String, String> types() {
    return types;
  }

  /** The recorded event-time column, else the first timestamp or date column. */
  String timeColumn() {
    if (eventTimeColumn != null && types.containsKey(eventTimeColumn)) {
      return eventTimeColumn;
    }
    return types.entrySet().stream().filter(e -> isTime(e.getValue())).map(Map.Entry::getKey).findFirst()
        .orElse(null);
  }

  /** Columns whose type is one of {@code wanted}; DECIMAL(p,s) counts as DECIMAL. */
  List<String> columnsOfType(Set<String> wanted) {
    return types.entrySet().stream().filter(e -> wanted.contains(e.getValue().replaceFirst("\\(.*", "")))
        .map(Map.Entry::getKey).toList();
  }

  /** Approximate distinct non-null values per column, in one query. */
  Map<String, Long> distinctCounts(List<String> columns) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return counts;
    }
    String select = columns.stream().map(c -> "approx_count_distinct(" + Sql.quote(c) + ")")
        .collect(Collectors.joining(", "));
    try (PreparedStatement statement = connection().prepareStatement(
        "SELECT " + select + " FROM " + Sql.quote(table));
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      for (int i = 0; i < columns.size(); i++) {
        counts.put(columns.get(i), rows.getLong(i + 1));
      }
      return counts;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not profile " + table + ": " + e.getMessage(), e);
    }
  }

  /** A column's distinct stored values, sorted, at most {@code limit}. */
  List<Object> values(String column, int limit) {
    String quoted = Sql.quote(column);
    List<Object> values = new ArrayList<>();
    try (PreparedStatement statement = connection().prepareStatement("SELECT DISTINCT " + quoted + " FROM "
        + Sql.quote(table) + " WHERE " + quoted + " IS NOT NULL ORDER BY 1 LIMIT ?")) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getObject(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not read values of " + column + ": " + e.getMessage(), e);
    }
  }

  private Connection connection() {
    return store.connection();
  }

  static boolean isTime(String type) {
    return type.startsWith("TIMESTAMP") || type.equals("DATE");
  }
}
