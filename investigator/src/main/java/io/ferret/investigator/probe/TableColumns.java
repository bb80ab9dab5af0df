package io.ferret.investigator.probe;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.investigator.semantic.SqlFragment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table's columns and their DuckDB types, in table order, as the catalog has them; it covers tables Ferret
 * did not ingest too.
 */
public record TableColumns(String table, Map<String, String> types) {
  public TableColumns {
    Objects.requireNonNull(table, "table is null");
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /** Reads the catalog; a usage error when the table does not exist. */
  public static TableColumns read(Queries queries, String table) {
    List<Map.Entry<String, String>> columns = queries.list(new SqlFragment(
        "SELECT column_name, data_type FROM information_schema.columns"
            + " WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
        List.of(table)), row -> Map.entry(row.getString(1), row.getString(2)));
    if (columns.isEmpty()) {
      throw new FerretException(ErrorCode.USAGE, "there is no table named " + table);
    }
    Map<String, String> types = new LinkedHashMap<>();
    columns.forEach(column -> types.put(column.getKey(), column.getValue()));
    return new TableColumns(table, types);
  }

  public boolean has(String column) {
    return types.containsKey(column);
  }

  /** The column's DuckDB type, such as VARCHAR or TIMESTAMP WITH TIME ZONE. */
  public String type(String column) {
    String type = types.get(column);
    if (type == null) {
      throw new FerretException(ErrorCode.USAGE, "table " + table + " has no column " + column);
    }
    return type;
  }
}
