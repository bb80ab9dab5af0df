package io.ferret.investigator.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the values of one dimension moved (or where their rates lie) among the rows no finding covers: the
 * evidence that the dimension explains nothing more.
 *
 * @param dimension the column
 * @param kind what low and high measure
 * @param low the smallest value's change (or rate)
 * @param high the largest
 * @param values how many of the dimension's values were large enough to count
 */
public record DimensionSpread(String dimension, SpreadKind kind, double low, double high, int values) {
  public DimensionSpread {
    Objects.requireNonNull(dimension, "dimension is null");
    Objects.requireNonNull(kind, "kind is null");
  }

  /** The spread of some measured values, or empty when fewer than two values count. */
  public static Optional<DimensionSpread> of(String dimension, SpreadKind kind, List<Double> measured) {
    List<Double> finite = measured.stream().filter(value -> !value.isNaN() && !value.isInfinite()).toList();
    if (finite.size() < 2) {
      return Optional.empty();
    }
    double low = finite.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double high = finite.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return Optional.of(new DimensionSpread(dimension, kind, low, high, finite.size()));
  }
}
