package io.ferret.schema;

/** Why a column (or a field without one) exists in a table. */
public enum ColumnRole {
  /** Holds a field's values in its inferred type. */
  DATA,
  /** Holds, beside a data column, the values of one field that did not fit that column's type. */
  VARIANT,
  /** A field that got no column because the table reached its column limit; its values live in {@code _extra}. */
  EXTRA,
  /** Ferret's own bookkeeping column ({@code _extra}). */
  SYSTEM
}
