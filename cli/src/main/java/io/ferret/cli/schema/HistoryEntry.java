package io.ferret.cli.schema;

/**
 * One row of {@code ferret_schema_history}.
 *
 * @param version the schema version the change produced
 * @param seq the change's order within its version
 * @param change create_table, add_column, widen_column, add_variant, overflow_to_extra or set_event_time
 * @param column the column concerned, if any
 * @param sourceField the dotted source field, if any
 * @param oldType the type before, for a widening
 * @param newType the type after
 * @param position where in the source the first event needing the change was
 * @param source the source (a file path) that caused it
 * @param changedAt when the change was committed, ISO-8601 UTC
 * @param detail a short explanation
 */
public record HistoryEntry(
    int version,
    int seq,
    String change,
    String column,
    String sourceField,
    String oldType,
    String newType,
    String position,
    String source,
    String changedAt,
    String detail) {}
