package io.ferret.bench.accuracy;

import java.util.List;
import java.util.Objects;

/**
 * One business domain: the table, its columns and value sets, the metric its questions are about, and the
 * words people use to ask them.
 *
 * @param name how the report names the domain
 * @param table the table the events land in
 * @param timeColumn the event-time field
 * @param dimensions the low-cardinality text fields, each with every value it may take
 * @param numerics the numeric fields, uniform between their bounds
 * @param metric what the questions measure: the row count, the sum of {@code measure}, or the rate of the
 *     boolean {@code measure}
 * @param measure the summed or boolean field; null for a row count
 * @param addedField the text field that appears halfway through the stream when the scenario drifts
 * @param addedValues its values
 * @param phrasings how people ask about this domain
 */
record Domain(
    String name, String table, String timeColumn, List<DimensionSpec> dimensions, List<NumericSpec> numerics,
    MetricKind metric, String measure, String addedField, List<String> addedValues, List<Phrasing> phrasings) {
  Domain {
    Objects.requireNonNull(name, "name is null");
    dimensions = List.copyOf(dimensions);
    numerics = List.copyOf(numerics);
    addedValues = List.copyOf(addedValues);
    phrasings = List.copyOf(phrasings);
    if (metric != MetricKind.COUNT && measure == null) {
      throw new IllegalArgumentException(name + ": a sum or rate needs its measure field");
    }
  }

  /** Driver questions ("what drives churn?") rather than change questions. */
  boolean asksForDrivers() {
    return phrasings.stream().allMatch(p -> p.window() == WindowKind.NONE);
  }

  /** What the questions measure. */
  enum MetricKind { COUNT, SUM, RATE }

  /** Which way the question says the metric moved. */
  enum Direction { DOWN, UP, EITHER }

  /** A text field and every value it may take. */
  record DimensionSpec(String column, List<String> values) {
    DimensionSpec {
      values = List.copyOf(values);
    }
  }

  /**
   * A numeric field, uniform in [min, max].
   *
   * @param integral written as a whole number (until the scenario widens it to a decimal)
   */
  record NumericSpec(String column, double min, double max, boolean integral) {}

  /** One way to ask, with the window and direction the words name. */
  record Phrasing(String text, WindowKind window, Direction direction) {}
}
