package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Objects;

/**
 * A column worth breaking a metric down by, with the values the value index knows.
 *
 * @param column the store column
 * @param values its distinct stored values (capped), for matching question words like "enterprise"
 */
public record Dimension(String column, List<Object> values) {
  public Dimension {
    Objects.requireNonNull(column, "column is null");
    values = List.copyOf(values);
  }
}
