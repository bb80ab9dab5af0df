package io.ferret.schema;

/**
 * One column of a batch, ready to be written: values in the column type's storage form.
 *
 * <p>Storage forms: BOOLEAN Boolean, BIGINT Long, DOUBLE Double, DATE Integer days since 1970-01-01,
 * TIMESTAMP Long microseconds since the epoch (UTC), JSON and VARCHAR String; null where the row has none.
 */
public record ColumnValues(String name, ColumnType type, Object[] values) {}
