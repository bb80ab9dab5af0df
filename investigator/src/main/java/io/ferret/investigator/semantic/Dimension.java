package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Objects;

/**
 * A column worth breaking a metric down by, with the values the value index knows.
 *
 * @param column the store column
 * @param values its distinct stored values (at most {@link ValueIndex#VALUES_PER_COLUMN}), for matching question
 *     words like "enterprise"
 */
public record Dimension(String column, List<Object> values) {
  public Dimension {
    Objects.requireNonNull(column, "column is null");
    values = List.copyOf(values);
  }

  /** What users call the column, longest first: "customer segment" and "segment" for {@code customer.segment}. */
  public List<String> names() {
    String full = Vocabulary.readable(column);
    String base = Vocabulary.readable(Vocabulary.baseName(column));
    return full.equals(base) ? List.of(full) : List.of(full, base);
  }
}
