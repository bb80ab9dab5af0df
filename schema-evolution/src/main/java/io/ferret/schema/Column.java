package io.ferret.schema;

import java.util.Objects;

/**
 * A column of an evolved table and the field it came from.
 *
 * @param name the column's name in DuckDB (always quoted in SQL)
 * @param type its current type; for an {@link ColumnRole#EXTRA} field, the type it would have had
 * @param role why it exists
 * @param path the source field; null for system columns
 * @param baseColumn for a variant, the data column it stands beside; else null
 */
public record Column(String name, ColumnType type, ColumnRole role, FieldPath path, String baseColumn) {
  public Column {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(role, "role is null");
  }

  public Column withType(ColumnType newType) {
    return new Column(name, newType, role, path, baseColumn);
  }

  /** True when the column physically exists in the DuckDB table. */
  public boolean isPhysical() {
    return role != ColumnRole.EXTRA;
  }
}
