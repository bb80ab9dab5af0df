package io.ferret.schema;

import java.util.Objects;

/**
 * One change to a table's schema and the event that caused it.
 *
 * @param kind what changed
 * @param column the column concerned (null for CREATE_TABLE)
 * @param path the source field (null where no single field is concerned)
 * @param oldType the type before (null when the column is new)
 * @param newType the type after (null where not applicable)
 * @param position the source position of the first event that needed the change
 * @param detail a short human explanation
 */
public record SchemaChange(
    ChangeKind kind,
    String column,
    FieldPath path,
    ColumnType oldType,
    ColumnType newType,
    String position,
    String detail) {
  public SchemaChange {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(detail, "detail is null");
  }
}
