package io.ferret.investigator.question;

import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Predicate;
import java.util.List;

/**
 * What one table's vocabulary makes of a question, before time windows: the metric, filters and breakdown, or
 * why it could not say.
 *
 * @param layer the table's semantic layer
 * @param metric the metric and where it matched; null when none matched or the reading is unclear
 * @param filters conditions from values and outcome words the question names
 * @param groupBy dimensions to break a lookup down by
 * @param notes how words were read
 * @param unclear a clarification when the words allow two readings; null otherwise
 * @param score how much of the question this table explains; the reader picks the table with the highest
 */
record Reading(
    SemanticLayer layer, MetricMatch metric, List<Predicate> filters, List<String> groupBy, List<String> notes,
    Understanding.Unclear unclear, int score) {

  static Reading unclear(SemanticLayer layer, Understanding.Unclear unclear, int score) {
    return new Reading(layer, null, List.of(), List.of(), List.of(), unclear, score);
  }

  /** Whether the table's vocabulary found a metric in the question, even an ambiguous one. */
  boolean namesMetric() {
    return metric != null || unclear != null;
  }
}
