package io.ferret.schema;

import java.util.Locale;

/** The kinds of schema change recorded in {@code ferret_schema_history}. */
public enum ChangeKind {
  CREATE_TABLE,
  ADD_COLUMN,
  /** A column's type became more general (BIGINT to DOUBLE, DATE to TIMESTAMP, anything to VARCHAR). */
  WIDEN_COLUMN,
  /** A variant column was added beside a data column to hold values of another type. */
  ADD_VARIANT,
  /** The table reached its column limit, so a new field's values go to {@code _extra}. */
  OVERFLOW_TO_EXTRA,
  /** The table's event-time column was chosen. */
  SET_EVENT_TIME;

  /** The lower-case name stored in the history table. */
  public String storedName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
