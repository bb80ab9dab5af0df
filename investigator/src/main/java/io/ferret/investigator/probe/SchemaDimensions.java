package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.ColumnType;
import io.ferret.schema.TableSchema;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Dimensions read off the data: text and boolean columns with few distinct values, in table order. For tables
 * Ferret ingested, only data columns count (not variants, overflow or {@code _extra}); other tables offer every
 * VARCHAR and BOOLEAN column.
 */
public final class SchemaDimensions implements DimensionSource {
  private static final Set<String> TYPES = Set.of("VARCHAR", "BOOLEAN");

  private final Store store;
  private final int maxDistinct;

  public SchemaDimensions(Store store, int maxDistinct) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.maxDistinct = maxDistinct;
  }

  @Override
  public List<String> dimensions(String table, Queries queries) {
    List<String> candidates = candidates(table, queries);
    if (candidates.isEmpty()) {
      return List.of();
    }
    SqlBuilder sql = new SqlBuilder().sql("SELECT ");
    for (int i = 0; i < candidates.size(); i++) {
      sql.sql((i == 0 ? "" : ", ") + "approx_count_distinct(" + Sql.quote(candidates.get(i)) + ")");
    }
    SqlFragment query = sql.sql(" FROM " + Sql.quote(table)).build();
    List<Long> distinct = queries.one(query, row -> {
      List<Long> counts = new ArrayList<>();
      for (int i = 1; i <= candidates.size(); i++) {
        counts.add(row.getLong(i));
      }
      return counts;
    });
    List<String> dimensions = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (distinct.get(i) >= 2 && distinct.get(i) <= maxDistinct) {
        dimensions.add(candidates.get(i));
      }
    }
    return dimensions;
  }

  private List<String> candidates(String table, Queries queries) {
    TableSchema schema = store.schema(table);
    if (!schema.exists()) {
      return TableColumns.read(queries, table).types().entrySet().stream()
          .filter(column -> TYPES.contains(column.getValue())).map(Map.Entry::getKey).toList();
    }
    return schema.columns().stream()
        .filter(column -> column.role() == ColumnRole.DATA)
        .filter(column -> column.type() == ColumnType.VARCHAR || column.type() == ColumnType.BOOLEAN)
        .map(Column::name)
        .toList();
  }
}
