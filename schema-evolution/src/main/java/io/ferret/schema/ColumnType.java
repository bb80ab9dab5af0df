package io.ferret.schema;

import java.util.Locale;

/** The column types the schema evolver infers, with their DuckDB names and variant-column suffixes. */
public enum ColumnType {
  BOOLEAN("BOOLEAN", "bool"),
  BIGINT("BIGINT", "bigint"),
  DOUBLE("DOUBLE", "double"),
  DATE("DATE", "date"),
  TIMESTAMP("TIMESTAMP", "timestamp"),
  JSON("JSON", "json"),
  VARCHAR("VARCHAR", "text");

  private final String sqlName;
  private final String variantSuffix;

  ColumnType(String sqlName, String variantSuffix) {
    this.sqlName = sqlName;
    this.variantSuffix = variantSuffix;
  }

  /** The DuckDB type name used in DDL. */
  public String sqlName() {
    return sqlName;
  }

  /** Suffix of the variant column that holds values of this type beside a column of another type. */
  public String variantSuffix() {
    return variantSuffix;
  }

  /** Parses a stored type name back; the inverse of {@link #sqlName()}. */
  public static ColumnType fromSqlName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public boolean isNumeric() {
    return this == BIGINT || this == DOUBLE;
  }

  public boolean isTemporal() {
    return this == DATE || this == TIMESTAMP;
  }
}
