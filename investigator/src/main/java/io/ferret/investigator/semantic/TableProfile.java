package io.ferret.investigator.semantic;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.TableSchema;
import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table's analysable columns with their DuckDB types, and its recorded event-time column. For tables Ferret
 * ingested only data columns count: variants, {@code _extra} and system columns hold leftovers, not measures.
 */
final class TableProfile {
  static final Set<String> NUMERIC =
      Set.of("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "DOUBLE", "FLOAT", "REAL", "DECIMAL");
  static final Set<String> CATEGORICAL = Set.of("VARCHAR", "BOOLEAN");

  private final String table;
  private final Map<String, String> types;
  private final String eventTimeColumn;

  private TableProfile(String table, Map<String, String> types, String eventTimeColumn) {
    this.table = table;
    this.types = Collections.unmodifiableMap(types);
    this.eventTimeColumn = eventTimeColumn;
  }

  static TableProfile read(Store store, String table) {
    TableSchema schema = store.schema(table);
    Set<String> dataColumns = schema.exists()
        ? schema.columns().stream().filter(c -> c.role() == ColumnRole.DATA).map(Column::name)
            .collect(Collectors.toSet())
        : null;
    Map<String, String> types = new LinkedHashMap<>();
    try (PreparedStatement statement = store.connection().prepareStatement("SELECT column_name, data_type FROM"
        + " information_schema.columns WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
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
    return new TableProfile(table, types, schema.exists() ? schema.eventTimeColumn() : null);
  }

  String table() {
    return table;
  }

  /** Column name to DuckDB type, in table order. */
  Map<String, String> types() {
    return types;
  }

  /** The recorded event-time column, else the first timestamp or date column; empty when there is none. */
  Optional<String> timeColumn() {
    if (eventTimeColumn != null && types.containsKey(eventTimeColumn)) {
      return Optional.of(eventTimeColumn);
    }
    return types.entrySet().stream().filter(e -> isTimeType(e.getValue())).map(Map.Entry::getKey).findFirst();
  }

  /** Columns whose type is one of {@code wanted}; DECIMAL(p,s) counts as DECIMAL. */
  List<String> columnsOfType(Set<String> wanted) {
    return types.keySet().stream().filter(c -> isOfType(c, wanted)).toList();
  }

  boolean isOfType(String column, Set<String> wanted) {
    String type = types.get(column);
    return type != null && wanted.contains(type.replaceFirst("\\(.*", ""));
  }

  boolean isTime(String column) {
    String type = types.get(column);
    return type != null && isTimeType(type);
  }

  /** The table's column named {@code name}, ignoring case and surrounding spaces, as ferret.yml may spell it. */
  Optional<String> column(String name) {
    return types.keySet().stream().filter(c -> c.equalsIgnoreCase(name.strip())).findFirst();
  }

  private static boolean isTimeType(String type) {
    return type.startsWith("TIMESTAMP") || type.equals("DATE");
  }
}
