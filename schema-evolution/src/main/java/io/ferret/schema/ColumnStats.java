package io.ferret.schema;

/**
 * Running counts for one data column, kept in the store so that widening decisions see the column's past.
 *
 * @param values non-null values landed in the column itself
 * @param coerced of those, values converted from another kind (numeric strings, dates into timestamps, …)
 * @param variants values that went to a variant column or {@code _extra} instead
 * @param conformedSinceChange values the column took since its last type change
 * @param variantsSinceChange values it refused since its last type change
 * @param exactInDouble false once an integer beyond 2^53 landed, which would make widening to DOUBLE lossy
 */
public record ColumnStats(
    long values,
    long coerced,
    long variants,
    long conformedSinceChange,
    long variantsSinceChange,
    boolean exactInDouble) {

  public static final ColumnStats EMPTY = new ColumnStats(0, 0, 0, 0, 0, true);

  /** These counts plus one batch's. */
  public ColumnStats plus(long batchValues, long batchCoerced, long batchVariants, boolean batchExactInDouble) {
    return new ColumnStats(
        values + batchValues,
        coerced + batchCoerced,
        variants + batchVariants,
        conformedSinceChange + batchValues,
        variantsSinceChange + batchVariants,
        exactInDouble && batchExactInDouble);
  }

  /** The counts after a type change: the since-change window starts again. */
  public ColumnStats afterTypeChange() {
    return new ColumnStats(values, coerced, variants, 0, 0, exactInDouble);
  }
}
