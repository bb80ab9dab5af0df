package io.ferret.ml;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps Weka attributes back to store columns and stored values, so that model paths become predicates in
 * the table's own terms.
 *
 * @param columns for each attribute index, the store column it came from (for derived time features, a
 *     label such as {@code hour(ts)}; for the class attribute, the class column or {@code _period})
 * @param nominalValues for each nominal attribute index, its values as stored in the table, by nominal
 *     index; the {@code other} bucket maps to null because it stands for many values
 * @param derived attribute indexes that are derived features, not columns (predicates on them are labels)
 */
public record AttributeMap(List<String> columns, Map<Integer, List<Object>> nominalValues, List<Integer> derived) {
  /** The name of the nominal bucket that collects values outside the top K. */
  public static final String OTHER = "other";

  public AttributeMap {
    columns = List.copyOf(columns);
    nominalValues = Map.copyOf(nominalValues);
    derived = List.copyOf(derived);
  }

  public String column(int attribute) {
    return columns.get(attribute);
  }

  /** The attribute index of a column, if it is an attribute. */
  public Optional<Integer> attributeOf(String column) {
    int index = columns.indexOf(column);
    return index < 0 ? Optional.empty() : Optional.of(index);
  }

  /** The stored value of a nominal attribute's value, or empty for the {@code other} bucket. */
  public Optional<Object> storedValue(int attribute, int nominalIndex) {
    List<Object> values = Objects.requireNonNull(nominalValues.get(attribute), "attribute is not nominal");
    return Optional.ofNullable(values.get(nominalIndex));
  }
}
