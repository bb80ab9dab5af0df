package io.ferret.schema;

/** What a single JSON value looks like to the type inference. */
public enum ValueKind {
  BOOLEAN,
  /** An integer that fits int64. */
  INTEGER,
  /** A number that a double holds exactly as written, including NaN and the infinities. */
  DECIMAL,
  /** A number a double cannot hold exactly (beyond int64, beyond double, or too many digits): kept as text. */
  HUGE_NUMBER,
  /** A string that reads as a JSON number, such as "49.90": coercible into numeric columns. */
  NUMERIC_TEXT,
  /** An ISO-8601 date-time string with Z or an offset, exact to the microsecond. */
  TIMESTAMP,
  /** An ISO-8601 calendar date string. */
  DATE,
  TEXT,
  /** An array, or an object that is not flattened further (empty, or past the depth limit). */
  JSON;

  /** The type a column gets when its values are of this kind alone; also the type of its variant column. */
  public ColumnType naturalType() {
    return switch (this) {
      case BOOLEAN -> ColumnType.BOOLEAN;
      case INTEGER -> ColumnType.BIGINT;
      case DECIMAL -> ColumnType.DOUBLE;
      case JSON -> ColumnType.JSON;
      // strings keep their original text in a text variant, so nothing about them is lost
      case HUGE_NUMBER, NUMERIC_TEXT, TIMESTAMP, DATE, TEXT -> ColumnType.VARCHAR;
    };
  }
}
