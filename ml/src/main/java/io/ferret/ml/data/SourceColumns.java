package io.ferret.ml.data;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ml.Exclusion;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table's columns with their DuckDB types, split into those a model may use and those it may not (variants,
 * {@code _extra}, system and JSON columns hold leftovers; time columns only give derived features).
 */
final class SourceColumns {
  private static final Set<String> NUMERIC =
      Set.of("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "DOUBLE", "FLOAT", "REAL", "DECIMAL", "UBIGINT",
          "UINTEGER", "USMALLINT", "UTINYINT");

  final Map<String, String> types = new LinkedHashMap<>();

  static SourceColumns read(SqlRunner sql, String table) {
    SourceColumns columns = new SourceColumns();
    sql.rows("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
        + " ORDER BY ordinal_position", List.of(table), row -> columns.types.put(row.getString(1), row.getString(2)));
    if (columns.types.isEmpty()) {
      throw new FerretException(ErrorCode.USAGE, "there is no table '" + table + "'");
    }
    return columns;
  }

  void require(String column, String role) {
    if (column != null && !types.containsKey(column)) {
      throw new FerretException(ErrorCode.USAGE, "the " + role + " column '" + column + "' does not exist");
    }
  }

  /** Why a column cannot be an attribute, or null when it can. */
  String unusable(String column, TableSchema schema) {
    if (schema.exists()) {
      ColumnRole role = schema.column(column).map(Column::role).orElse(ColumnRole.DATA);
      if (role != ColumnRole.DATA) {
        return role.name().toLowerCase() + " column: holds leftovers, not a measure";
      }
    }
    String type = type(column);
    if (type.equals("JSON") || type.endsWith("[]") || type.startsWith("STRUCT") || type.startsWith("MAP")) {
      return "nested values (" + type + ")";
    }
    if (type.startsWith("TIMESTAMP") || type.equals("DATE") || type.startsWith("TIME")) {
      return "time column; derived features not requested";
    }
    if (!numeric(column) && !nominal(column)) {
      return "unsupported type " + type;
    }
    return null;
  }

  /** A DATE, TIME or TIMESTAMP column: an attribute only through derived features. */
  boolean temporal(String column) {
    String type = type(column);
    return type.startsWith("TIMESTAMP") || type.equals("DATE") || type.startsWith("TIME");
  }

  boolean numeric(String column) {
    return NUMERIC.contains(type(column));
  }

  boolean nominal(String column) {
    String type = type(column);
    return type.equals("VARCHAR") || type.equals("BOOLEAN");
  }

  String rawType(String column) {
    return types.get(column);
  }

  private String type(String column) {
    return types.get(column).replaceFirst("\\(.*", "");
  }

  static Exclusion exclusion(String column, String reason) {
    return new Exclusion(column, reason);
  }

  List<String> names() {
    return List.copyOf(types.keySet());
  }
}
