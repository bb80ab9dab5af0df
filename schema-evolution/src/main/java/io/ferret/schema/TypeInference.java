package io.ferret.schema;

/**
 * Picks a new column's type from one batch of its values.
 *
 * <p>Values vote by family (boolean, numeric, temporal, JSON, text). A strict majority family wins and the
 * minority goes to variant columns, so a few "n/a" strings cannot make a numeric column text. With no
 * majority the column is VARCHAR, which holds everything. Strings that read as numbers vote text: a producer
 * that sends "49.90" for a new field means text until an existing numeric column says otherwise.
 */
final class TypeInference {
  private TypeInference() {}

  static ColumnType infer(Value[] values) {
    int booleans = 0;
    int integers = 0;
    int decimals = 0;
    int timestamps = 0;
    int dates = 0;
    int json = 0;
    int total = 0;
    for (Value v : values) {
      if (v == null) {
        continue;
      }
      total++;
      switch (v.kind()) {
        case BOOLEAN -> booleans++;
        case INTEGER -> integers++;
        case DECIMAL -> decimals++;
        case TIMESTAMP -> timestamps++;
        case DATE -> dates++;
        case JSON -> json++;
        default -> { }
      }
    }
    if (2 * booleans > total) {
      return ColumnType.BOOLEAN;
    }
    if (2 * (integers + decimals) > total) {
      return decimals > 0 ? ColumnType.DOUBLE : ColumnType.BIGINT;
    }
    if (2 * (timestamps + dates) > total) {
      return timestamps > 0 ? ColumnType.TIMESTAMP : ColumnType.DATE;
    }
    if (2 * json > total) {
      return ColumnType.JSON;
    }
    return ColumnType.VARCHAR;
  }
}
