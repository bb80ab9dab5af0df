package io.ferret.schema;

/**
 * Limits and choices for schema evolution.
 *
 * @param maxColumns data and variant columns a table may have before new fields go to {@code _extra}
 * @param maxFlattenDepth object levels flattened into dotted columns; deeper objects are kept as JSON
 * @param eventTimeColumn the configured event-time column (a column name or dotted field), or null to detect
 * @param widenMinimum refused values needed before a column may widen to text, so one stray value in a
 *     small batch cannot turn a numeric column into text
 */
public record EvolverSettings(int maxColumns, int maxFlattenDepth, String eventTimeColumn, int widenMinimum) {
  public static final int DEFAULT_MAX_COLUMNS = 500;
  public static final int DEFAULT_MAX_FLATTEN_DEPTH = 10;
  public static final int DEFAULT_WIDEN_MINIMUM = 32;

  public EvolverSettings {
    if (maxColumns < 1) {
      throw new IllegalArgumentException("maxColumns must be at least 1, got " + maxColumns);
    }
    if (maxFlattenDepth < 1) {
      throw new IllegalArgumentException("maxFlattenDepth must be at least 1, got " + maxFlattenDepth);
    }
  }

  public static EvolverSettings defaults() {
    return new EvolverSettings(DEFAULT_MAX_COLUMNS, DEFAULT_MAX_FLATTEN_DEPTH, null, DEFAULT_WIDEN_MINIMUM);
  }

  public EvolverSettings withMaxColumns(int max) {
    return new EvolverSettings(max, maxFlattenDepth, eventTimeColumn, widenMinimum);
  }

  public EvolverSettings withEventTimeColumn(String column) {
    return new EvolverSettings(maxColumns, maxFlattenDepth, column, widenMinimum);
  }
}
