package io.ferret.ml;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a segment, in the table's own terms.
 *
 * @param column the store column name
 * @param op the comparison
 * @param value the stored value compared with (a String, Long, Double or Boolean); a List for {@link Operator#IN}
 */
public record Predicate(String column, Operator op, Object value) {
  public Predicate {
    Objects.requireNonNull(column, "column is null");
    Objects.requireNonNull(op, "op is null");
    Objects.requireNonNull(value, "value is null");
    if (op == Operator.IN && !(value instanceof List<?>)) {
      throw new IllegalArgumentException("an IN predicate needs a list of values");
    }
    if (value instanceof List<?> list) {
      value = List.copyOf(list);
    }
  }

  /** Reads like {@code region = EMEA} or {@code amount > 120.5}. */
  @Override
  public String toString() {
    return column + " " + op.symbol() + " " + value;
  }
}
