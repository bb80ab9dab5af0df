package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a table means in business terms: its time column, the metrics users ask about and the words they use
 * for them, and the dimensions whose values the question may name (the value index).
 *
 * @param table the store table
 * @param noun what one row is, plural ("orders", "tickets"); the row-count metric is named after it
 * @param timeColumn the event-time column, or null when the table has none
 * @param metrics the metrics with their phrases, the row count first
 * @param dimensions the low-cardinality text and boolean columns (or those ferret.yml names) with their values
 */
public record SemanticLayer(
    String table, String noun, String timeColumn, List<MetricTerms> metrics, List<Dimension> dimensions) {
  public SemanticLayer {
    Objects.requireNonNull(table, "table is null");
    Objects.requireNonNull(noun, "noun is null");
    metrics = List.copyOf(metrics);
    dimensions = List.copyOf(dimensions);
  }

  /** The metric with this name. */
  public Optional<Metric> metric(String name) {
    return metrics.stream().map(MetricTerms::metric).filter(m -> m.name().equals(name)).findFirst();
  }

  /** The dimension columns, in order. */
  public List<String> dimensionColumns() {
    return dimensions.stream().map(Dimension::column).toList();
  }
}
