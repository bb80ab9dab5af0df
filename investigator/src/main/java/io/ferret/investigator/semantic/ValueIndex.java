package io.ferret.investigator.semantic;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many distinct values a table's text and boolean columns hold, and the values themselves for the columns
 * with few enough of them: what lets "enterprise" in a question become {@code segment = 'enterprise'}. Two
 * queries per table however many columns it has: one estimates the counts, one lists the values.
 */
final class ValueIndex {
  /** Columns with more distinct values are identifiers or free text, not dimensions. */
  static final int MAX_DIMENSION_VALUES = 50;
  /** Values kept per column; ferret.yml may name a dimension with more, and the index keeps the first ones. */
  static final int VALUES_PER_COLUMN = 200;

  private final Map<String, Long> distinctCounts;
  private final Map<String, List<Object>> values;

  private ValueIndex(Map<String, Long> distinctCounts, Map<String, List<Object>> values) {
    this.distinctCounts = distinctCounts;
    this.values = values;
  }

  /**
   * @param categorical the table's text and boolean columns
   * @param alsoIndexed columns to index whatever their count (dimensions named in ferret.yml)
   */
  static ValueIndex read(Store store, String table, List<String> categorical, Collection<String> alsoIndexed) {
    Map<String, Long> counts = distinctCounts(store, table, categorical);
    Set<String> indexed = new LinkedHashSet<>(alsoIndexed);
    counts.forEach((column, count) -> {
      if (count <= MAX_DIMENSION_VALUES) {
        indexed.add(column);
      }
    });
    return new ValueIndex(counts, distinctValues(store, table, List.copyOf(indexed)));
  }

  /** The estimated number of distinct non-null values; 0 for a column that is not text or boolean. */
  long distinctCount(String column) {
    return distinctCounts.getOrDefault(column, 0L);
  }

  /** The column's distinct values in sorted order, or empty when it has too many to index. */
  List<Object> values(String column) {
    return values.getOrDefault(column, List.of());
  }

  private static Map<String, Long> distinctCounts(Store store, String table, List<String> columns) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return counts;
    }
    String select = columns.stream().map(c -> "approx_count_distinct(" + Sql.quote(c) + ")")
        .collect(Collectors.joining(", "));
    try (PreparedStatement statement = store.connection().prepareStatement(
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

  private static Map<String, List<Object>> distinctValues(Store store, String table, List<String> columns) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return values;
    }
    String select = columns.stream().map(ValueIndex::sortedValues).collect(Collectors.joining(", "));
    try (PreparedStatement statement = store.connection().prepareStatement(
            "SELECT " + select + " FROM " + Sql.quote(table));
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      for (int i = 0; i < columns.size(); i++) {
        Array list = rows.getArray(i + 1);
        values.put(columns.get(i), list == null ? List.of() : Arrays.asList((Object[]) list.getArray()));
      }
      return values;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not read the values of " + table + ": " + e.getMessage(), e);
    }
  }

  /** The column's first distinct values, sorted, as one list. */
  private static String sortedValues(String column) {
    String quoted = Sql.quote(column);
    return "(list(DISTINCT " + quoted + " ORDER BY " + quoted + ") FILTER (WHERE " + quoted + " IS NOT NULL))[1:"
        + VALUES_PER_COLUMN + "]";
  }
}
