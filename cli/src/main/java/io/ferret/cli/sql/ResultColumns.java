package io.ferret.cli.sql;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns of a query result: name, DuckDB type name, and whether values are numbers.
 *
 * @param names column labels, in order
 * @param typeNames DuckDB type names such as BIGINT, VARCHAR or DECIMAL(18,2)
 * @param numeric per column, whether it holds numbers (drawn right-aligned)
 */
public record ResultColumns(List<String> names, List<String> typeNames, List<Boolean> numeric) {
  private static final Set<Integer> NUMERIC_TYPES = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER,
      Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC);
  private static final Set<String> NUMERIC_TYPE_NAMES =
      Set.of("HUGEINT", "UHUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT");

  public ResultColumns {
    names = List.copyOf(names);
    typeNames = List.copyOf(typeNames);
    numeric = List.copyOf(numeric);
  }

  public static ResultColumns of(ResultSetMetaData metadata) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    for (int i = 1; i <= metadata.getColumnCount(); i++) {
      names.add(metadata.getColumnLabel(i));
      String typeName = metadata.getColumnTypeName(i);
      types.add(typeName);
      numeric.add(NUMERIC_TYPES.contains(metadata.getColumnType(i)) || NUMERIC_TYPE_NAMES.contains(typeName));
    }
    return new ResultColumns(names, types, numeric);
  }

  public int size() {
    return names.size();
  }
}
