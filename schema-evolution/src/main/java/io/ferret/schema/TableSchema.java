package io.ferret.schema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table's evolved schema: its columns in order, their field mapping, running stats and metadata.
 *
 * @param table the table name
 * @param version increases by one with every batch that changed the schema; 0 before the table exists
 * @param columns every column and overflowed field, in creation order, starting with {@code _extra}
 * @param stats running counts per data column name
 * @param eventTimeColumn the event-time column, or null while none is known
 */
public record TableSchema(
    String table, int version, List<Column> columns, Map<String, ColumnStats> stats, String eventTimeColumn) {

  /** The per-row JSON column holding fields that have no column of their own. */
  public static final String EXTRA_COLUMN = "_extra";

  public TableSchema {
    Objects.requireNonNull(table, "table is null");
    columns = List.copyOf(columns);
    stats = Map.copyOf(stats);
  }

  /** The schema of a table that does not exist yet. */
  public static TableSchema empty(String table) {
    return new TableSchema(table, 0, List.of(), Map.of(), null);
  }

  public boolean exists() {
    return version > 0;
  }

  /** Data and overflow columns by source field. */
  public Map<FieldPath, Column> byPath() {
    Map<FieldPath, Column> map = new HashMap<>();
    for (Column column : columns) {
      if (column.role() == ColumnRole.DATA || column.role() == ColumnRole.EXTRA) {
        map.put(column.path(), column);
      }
    }
    return map;
  }

  /** The variant columns beside a data column, by type. */
  public Map<ColumnType, Column> variantsOf(String baseColumn) {
    Map<ColumnType, Column> map = new LinkedHashMap<>();
    for (Column column : columns) {
      if (column.role() == ColumnRole.VARIANT && baseColumn.equals(column.baseColumn())) {
        map.put(column.type(), column);
      }
    }
    return map;
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Columns that count against the table's column limit: data and variant columns. */
  public int userColumnCount() {
    return (int) columns.stream().filter(c -> c.role() == ColumnRole.DATA || c.role() == ColumnRole.VARIANT).count();
  }

  public ColumnStats statsOf(String column) {
    return stats.getOrDefault(column, ColumnStats.EMPTY);
  }
}
