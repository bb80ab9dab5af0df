package io.ferret.investigator.answer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.investigator.question.Interpretation;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import java.util.List;

/**
 * The {@code interpretation} object of the {@code ask} JSON contract.
 *
 * <p>{@code metric.expression} is a display string: the metric's SQL with its parameters written in as literals,
 * e.g. {@code sum(CASE WHEN "churned" = true THEN 1 ELSE 0 END)}. It shows exactly what is aggregated, but it is
 * not the statement Ferret runs (that binds the values), so programs should not execute it.
 */
final class JsonInterpretation {
  private JsonInterpretation() {}

  static ObjectNode of(Interpretation interpretation) {
    ObjectNode json = JsonValues.NODES.objectNode();
    json.put("table", interpretation.table());
    json.put("type", interpretation.kind().jsonName());
    json.putObject("metric").put("name", interpretation.metric().name())
        .put("expression", SqlDisplay.inline(interpretation.metric().expression()));
    json.set("filters", predicates(interpretation.filters()));
    if (interpretation.comparison() != null) {
      json.set("current", window(interpretation.comparison().current()));
      json.set("baseline", window(interpretation.comparison().baseline()));
      json.put("window_description", interpretation.comparison().description());
    }
    if (!interpretation.groupBy().isEmpty()) {
      json.set("group_by", JsonValues.strings(interpretation.groupBy()));
    }
    if (!interpretation.notes().isEmpty()) {
      json.set("notes", JsonValues.strings(interpretation.notes()));
    }
    return json;
  }

  /** Filters and segments alike: {@code [{"column": "region", "op": "=", "value": "EMEA"}]}. */
  static ArrayNode predicates(List<Predicate> predicates) {
    ArrayNode array = JsonValues.NODES.arrayNode();
    for (Predicate predicate : predicates) {
      array.addObject().put("column", predicate.column()).put("op", predicate.op().symbol())
          .set("value", JsonValues.of(predicate.value()));
    }
    return array;
  }

  private static ObjectNode window(TimeWindow window) {
    return JsonValues.NODES.objectNode().put("from", window.from().toString()).put("to", window.to().toString());
  }
}
