package io.ferret.cli.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A table as {@code ferret schema} shows it.
 *
 * @param name the table name
 * @param schemaVersion increases with every batch that changed the schema
 * @param eventTimeColumn the column holding each event's time, or null while none is known
 * @param rowCount rows in the table
 * @param columns its columns in creation order
 * @param history its schema changes, oldest first; null when not asked for
 */
public record TableDescription(
    String name,
    int schemaVersion,
    String eventTimeColumn,
    long rowCount,
    List<ColumnDescription> columns,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntry> history) {}
