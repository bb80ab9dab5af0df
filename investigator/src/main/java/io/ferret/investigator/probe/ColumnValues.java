package io.ferret.investigator.probe;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Values read back from DuckDB in the types predicates and JSON use: Long, Double, String, Boolean. */
final class ColumnValues {
  private ColumnValues() {}

  static Object normalized(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < Long.SIZE ? (Object) big.longValue() : (Object) big.doubleValue();
    }
    if (value instanceof BigDecimal || value instanceof Float) {
      return ((Number) value).doubleValue();
    }
    return value;
  }
}
