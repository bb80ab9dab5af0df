package io.ferret.ml.data;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.TableSchema;
import io.ferret.store.Sql;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private static final Set<String> INTEGRAL =
      Set.of("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT");
  /** Why a time column is left out when derived features are off; the loader derives them when they are on. */
  static final String TIME_COLUMN = "time column; derived features not requested";
  /** How variant columns are named when a table has no Ferret schema to say so (see ColumnNamer). */
  private static final String VARIANT_MARK = "__v_";

  private final Map<String, String> types;

  private SourceColumns(Map<String, String> types) {
    this.types = types;
  }

  static SourceColumns read(SqlRunner sql, String table) {
    Map<String, String> types = new LinkedHashMap<>();
    sql.rows("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
        + " ORDER BY ordinal_position", List.of(table), row -> types.put(row.getString(1), row.getString(2)));
    if (types.isEmpty()) {
      throw new FerretException(ErrorCode.USAGE, "there is no table '" + table + "'");
    }
    return new SourceColumns(types);
  }

  void require(String column, String role) {
    if (column != null && !types.containsKey(column)) {
      throw new FerretException(ErrorCode.USAGE, "the " + role + " column '" + column + "' does not exist");
    }
  }

  boolean has(String column) {
    return types.containsKey(column);
  }

  /** Why a column cannot be an attribute, or null when it can. */
  String unusable(String column, TableSchema schema) {
    ColumnRole role = schema.exists()
        ? schema.column(column).map(Column::role).orElse(ColumnRole.DATA)
        : roleByName(column);
    if (role == ColumnRole.VARIANT) {
      return "variant column: values that did not fit the type of its base column";
    }
    if (role != ColumnRole.DATA) {
      return role.name().toLowerCase(Locale.ROOT) + " column: Ferret's bookkeeping, not a measure";
    }
    String type = type(column);
    if (type.equals("JSON") || type.endsWith("]") || type.startsWith("STRUCT") || type.startsWith("MAP")
        || type.startsWith("UNION")) {
      return "nested values (" + type + ")";
    }
    if (type.equals("UUID")) {
      return "ID-like: a UUID column";
    }
    if (temporal(column)) {
      return TIME_COLUMN;
    }
    if (!numeric(column) && !nominal(column)) {
      return "unsupported type " + type;
    }
    return null;
  }

  /** Without Ferret's schema, {@code _extra} and variant columns are known by their names. */
  private static ColumnRole roleByName(String column) {
    if (column.equals(TableSchema.EXTRA_COLUMN)) {
      return ColumnRole.SYSTEM;
    }
    return column.contains(VARIANT_MARK) ? ColumnRole.VARIANT : ColumnRole.DATA;
  }

  boolean temporal(String column) {
    String type = type(column);
    return type.startsWith("TIMESTAMP") || type.equals("DATE") || type.startsWith("TIME");
  }

  boolean numeric(String column) {
    return NUMERIC.contains(type(column));
  }

  boolean nominal(String column) {
    String type = type(column);
    return type.equals("VARCHAR") || type.equals("BOOLEAN") || enumerated(column);
  }

  boolean text(String column) {
    return type(column).equals("VARCHAR") || enumerated(column);
  }

  /** An ENUM column: its declared values, in declared order, are its nominal labels. */
  boolean enumerated(String column) {
    return type(column).equals("ENUM");
  }

  /** The column as the sample selects it: ENUMs as text, so that Arrow hands over strings, not dictionary codes. */
  String select(String column) {
    String quoted = Sql.quote(column);
    return enumerated(column) ? "CAST(" + quoted + " AS VARCHAR) AS " + quoted : quoted;
  }

  /** A nominal label as the table stores it: a Boolean, a Long or Double for number columns, else the text. */
  Object stored(String column, String label) {
    String type = type(column);
    if (type.equals("BOOLEAN")) {
      return Boolean.valueOf(label);
    }
    if (INTEGRAL.contains(type)) {
      return Long.valueOf(label);
    }
    return NUMERIC.contains(type) ? (Object) Double.valueOf(label) : label;
  }

  String rawType(String column) {
    return types.get(column);
  }

  /** The type without its parameters: DECIMAL(18,3) is DECIMAL, ENUM('a', 'b') is ENUM. */
  private String type(String column) {
    return types.get(column).replaceFirst("\\(.*", "").strip();
  }

  /** An ENUM column's declared values, in declared order. */
  List<String> enumValues(SqlRunner sql, String table, String column) {
    List<List<String>> found = sql.rows("SELECT CAST(enum_range(" + Sql.quote(column) + ") AS VARCHAR[]) FROM "
        + Sql.quote(table) + " LIMIT 1", List.of(), row -> strings(row.getArray(1)));
    return found.isEmpty() ? List.of() : found.get(0);
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  List<String> names() {
    return List.copyOf(types.keySet());
  }
}
