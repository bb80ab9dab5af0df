package io.ferret.investigator.question;

import io.ferret.investigator.semantic.Metric;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Objects;

/**
 * What a question was understood to ask, in the table's own terms. Every identifier comes from the schema and
 * every value from the store, so nothing of the question's text reaches SQL.
 *
 * @param table the table asked about
 * @param kind change, drivers or lookup
 * @param metric the measure; for DRIVERS a RATE metric over the outcome column
 * @param direction the direction the question names
 * @param filters conditions the question puts on the rows ("enterprise" → segment = 'enterprise')
 * @param timeColumn the table's event-time column; null when it has none
 * @param comparison the current and baseline windows; null when the question names no window and needs none
 * @param groupBy for LOOKUP: the dimensions to break the metric down by ("by region"); empty otherwise
 * @param notes how ambiguous words were read, said back to the user ("'sales' read as revenue = sum(amount)")
 */
public record Interpretation(
    String table,
    QuestionKind kind,
    Metric metric,
    Direction direction,
    List<Predicate> filters,
    String timeColumn,
    Comparison comparison,
    List<String> groupBy,
    List<String> notes) {
  public Interpretation {
    Objects.requireNonNull(table, "table is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(metric, "metric is null");
    Objects.requireNonNull(direction, "direction is null");
    filters = List.copyOf(filters);
    groupBy = List.copyOf(groupBy);
    notes = List.copyOf(notes);
    if (kind == QuestionKind.CHANGE) {
      Objects.requireNonNull(comparison, "a change question needs a comparison");
      Objects.requireNonNull(timeColumn, "a change question needs a time column");
    }
  }
}
