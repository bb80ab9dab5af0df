package io.ferret.cli.status;

/**
 * One table in {@code ferret status}.
 *
 * @param lastChange its latest schema change; null if none is recorded
 */
public record TableStatus(String table, int schemaVersion, SchemaChangeStatus lastChange) {}
