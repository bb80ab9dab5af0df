package io.ferret.ml.probe;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Optional;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A predicate compiled against a Weka header, with SQL's meaning: a missing value satisfies nothing, and a row
 * in the {@code other} bucket equals none of the named values.
 */
final class Condition {
  private final int attribute;
  private final boolean[] nominalMatches;
  private final Operator op;
  private final double threshold;

  private Condition(int attribute, boolean[] nominalMatches, Operator op, double threshold) {
    this.attribute = attribute;
    this.nominalMatches = nominalMatches;
    this.op = op;
    this.threshold = threshold;
  }

  /**
   * The predicate as a test on rows, or empty when it cannot be checked faithfully: its column is not an
   * attribute, it names the {@code other} bucket, or it orders a nominal attribute.
   */
  static Optional<Condition> compile(Predicate predicate, Instances header, AttributeMap attributes) {
    Optional<Integer> index = attributes.attributeOf(predicate.column());
    if (index.isEmpty() || index.get() == header.classIndex() || index.get() >= header.numAttributes()) {
      return Optional.empty();
    }
    Attribute attribute = header.attribute(index.get());
    if (attribute.isNominal()) {
      return nominal(predicate, header, attributes, index.get());
    }
    if (!attribute.isNumeric()) {
      return Optional.empty();
    }
    if (predicate.op() == Operator.IN || !(predicate.value() instanceof Number number)) {
      return Optional.empty();
    }
    return Optional.of(new Condition(index.get(), null, predicate.op(), number.doubleValue()));
  }

  private static Optional<Condition> nominal(
      Predicate predicate, Instances header, AttributeMap attributes, int attribute) {
    List<?> wanted = predicate.op() == Operator.IN ? (List<?>) predicate.value() : List.of(predicate.value());
    int size = header.attribute(attribute).numValues();
    boolean[] equal = new boolean[size];
    for (int i = 0; i < size; i++) {
      Optional<Object> stored = StoredValues.of(attributes, header, attribute, i);
      equal[i] = stored.isPresent() && wanted.stream().anyMatch(value -> StoredValues.same(stored.get(), value));
    }
    boolean[] matches = new boolean[size];
    switch (predicate.op()) {
      case EQ, IN -> System.arraycopy(equal, 0, matches, 0, size);
      case NE -> {
        for (int i = 0; i < size; i++) {
          matches[i] = !equal[i];
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new Condition(attribute, matches, predicate.op(), Double.NaN));
  }

  boolean holds(Instance row) {
    if (row.isMissing(attribute)) {
      return false;
    }
    double value = row.value(attribute);
    if (nominalMatches != null) {
      return nominalMatches[(int) value];
    }
    return switch (op) {
      case EQ -> value == threshold;
      case NE -> value != threshold;
      case LT -> value < threshold;
      case LE -> value <= threshold;
      case GT -> value > threshold;
      case GE -> value >= threshold;
      case IN -> false;
    };
  }
}
