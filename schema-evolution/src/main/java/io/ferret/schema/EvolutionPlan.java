package io.ferret.schema;

import java.util.List;

/**
 * What one batch does to a table: the schema changes it needs and its rows laid out for the new schema.
 *
 * @param before the schema before the batch
 * @param after the schema after it (same version when nothing changed)
 * @param changes the changes, in the order they must be applied
 * @param columns the batch's values per column that has any in this batch ({@code _extra} included)
 * @param rows the number of rows
 */
public record EvolutionPlan(
    TableSchema before,
    TableSchema after,
    List<SchemaChange> changes,
    List<ColumnValues> columns,
    int rows) {

  public boolean changesSchema() {
    return !changes.isEmpty();
  }
}
