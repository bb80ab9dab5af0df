package io.ferret.schema;

/** Which values a column type takes, and in what form. */
final class TypeConversion {
  /** Marks a value the column cannot hold. */
  static final Object REFUSED = new Object();

  /** Largest magnitude below which every integer is exact in a double. */
  static final long EXACT_DOUBLE_LIMIT = 1L << 53;

  private TypeConversion() {}

  /** The value in the column's storage form, or {@link #REFUSED}. */
  static Object convert(ColumnType type, Value v) {
    ValueKind kind = v.kind();
    return switch (type) {
      case BOOLEAN -> kind == ValueKind.BOOLEAN ? v.value() : REFUSED;
      case BIGINT -> kind == ValueKind.INTEGER || (kind == ValueKind.NUMERIC_TEXT && v.value() instanceof Long)
          ? v.value()
          : REFUSED;
      case DOUBLE -> toDouble(v);
      case DATE -> kind == ValueKind.DATE ? v.value() : REFUSED;
      case TIMESTAMP -> switch (kind) {
        case TIMESTAMP -> v.value();
        case DATE -> ((Integer) v.value()) * 86_400_000_000L;
        default -> REFUSED;
      };
      case JSON -> kind == ValueKind.JSON ? v.text() : REFUSED;
      case VARCHAR -> text(v);
    };
  }

  /** True when storing this kind in this type changes its form enough to count as a coercion. */
  static boolean isCoercion(ColumnType type, ValueKind kind) {
    return switch (type) {
      case BIGINT, DOUBLE -> kind == ValueKind.NUMERIC_TEXT;
      case TIMESTAMP -> kind == ValueKind.DATE;
      case VARCHAR -> kind == ValueKind.BOOLEAN
          || kind == ValueKind.INTEGER
          || kind == ValueKind.DECIMAL
          || kind == ValueKind.HUGE_NUMBER
          || kind == ValueKind.JSON;
      default -> false;
    };
  }

  /** The exact text of any value. */
  static String text(Value v) {
    if (v.text() != null) {
      return v.text();
    }
    return String.valueOf(v.value());
  }

  private static Object toDouble(Value v) {
    return switch (v.kind()) {
      case DECIMAL -> v.value();
      case INTEGER -> exactDouble((Long) v.value());
      case NUMERIC_TEXT -> v.value() instanceof Long l ? exactDouble(l) : v.value() == null ? REFUSED : v.value();
      default -> REFUSED;
    };
  }

  private static Object exactDouble(long l) {
    return Math.abs(l) <= EXACT_DOUBLE_LIMIT ? (Object) (double) l : REFUSED;
  }
}
