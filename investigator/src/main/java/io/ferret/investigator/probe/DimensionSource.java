package io.ferret.investigator.probe;

import java.util.List;

/**
 * Where the drill-down's dimensions come from: the semantic layer when it names them, else the schema
 * ({@link SchemaDimensions}). The drill-down itself drops the metric's, the time's and the filters' columns.
 */
@FunctionalInterface
public interface DimensionSource {
  /**
   * The table's columns worth breaking a metric down by, most useful first; empty when this source knows none.
   *
   * @param queries for sources that look at the data
   */
  List<String> dimensions(String table, Queries queries);
}
