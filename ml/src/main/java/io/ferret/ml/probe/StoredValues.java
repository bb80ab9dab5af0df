package io.ferret.ml.probe;

import io.ferret.ml.AttributeMap;
import java.util.Optional;
import weka.core.Instances;

/** Nominal indexes as the table stores them; the {@code other} bucket has no stored value. */
final class StoredValues {
  private StoredValues() {}

  static Optional<Object> of(AttributeMap attributes, Instances header, int attribute, int nominalIndex) {
    if (attributes.nominalValues().containsKey(attribute)) {
      return attributes.storedValue(attribute, nominalIndex);
    }
    String label = header.attribute(attribute).value(nominalIndex);
    return AttributeMap.OTHER.equals(label) ? Optional.empty() : Optional.of(label);
  }

  /** Equality across the number types a store hands back (Long from one path, Integer from another). */
  static boolean same(Object stored, Object value) {
    if (stored instanceof Number a && value instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    return stored != null && stored.equals(value);
  }
}
