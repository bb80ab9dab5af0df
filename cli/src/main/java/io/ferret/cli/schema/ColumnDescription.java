package io.ferret.cli.schema;

import java.util.List;

/**
 * One column of a table as {@code ferret schema} shows it.
 *
 * @param name the column name in DuckDB
 * @param type its DuckDB type
 * @param role data, variant, extra or system
 * @param sourceField the dotted source field; null for system columns
 * @param sourcePath the source field's keys, unambiguous where the dotted form is not; null for system columns
 * @param baseColumn for a variant column, the data column it stands beside
 * @param values values landed in the column
 * @param coerced of those, values converted from another form (numeric text into a number, …)
 * @param variants values that went to a variant column or {@code _extra} instead
 */
public record ColumnDescription(
    String name,
    String type,
    String role,
    String sourceField,
    List<String> sourcePath,
    String baseColumn,
    long values,
    long coerced,
    long variants) {}
