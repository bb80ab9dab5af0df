package io.ferret.store;

/** SQL text helpers. Identifiers are always quoted; values never enter SQL text, they are bound. */
public final class Sql {
  private Sql() {}

  /** Quotes an identifier for DuckDB, doubling embedded quotes, so any field name is safe as a column. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
