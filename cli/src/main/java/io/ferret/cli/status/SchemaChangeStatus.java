package io.ferret.cli.status;

/**
 * A table's latest schema change, as {@code ferret_schema_history} records it.
 *
 * @param version the schema version it produced
 * @param change its kind, such as add_column
 * @param column the column concerned, if any
 * @param oldType the type before, for a widening
 * @param newType the type after, if any
 * @param changedAt when it committed, ISO-8601 UTC
 * @param source what caused it: a file path, or kafka
 * @param position where in the source: a line, or topic/partition/offset
 */
public record SchemaChangeStatus(
    int version,
    String change,
    String column,
    String oldType,
    String newType,
    String changedAt,
    String source,
    String position) {}
