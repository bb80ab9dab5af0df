package io.ferret.investigator.answer;

import io.ferret.investigator.Investigation;
import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.semantic.Metric;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lookup's rows as prose shows them: the metric's column in the metric's own style (percentages for rates),
 * times in ISO-8601 UTC, everything else as stored.
 *
 * @param header every column of any row, in first-seen order
 * @param cells one list of cells per row, matching the header
 */
record ResultTable(List<String> header, List<List<String>> cells) {
  ResultTable {
    header = List.copyOf(header);
    cells = List.copyOf(cells);
  }

  static ResultTable of(Investigation investigation) {
    Metric metric = investigation.interpretation() == null ? null : investigation.interpretation().metric();
    Set<String> columns = new LinkedHashSet<>();
    investigation.rows().forEach(row -> columns.addAll(row.keySet()));
    List<String> header = new ArrayList<>(columns);
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : investigation.rows()) {
      cells.add(header.stream().map(column -> cell(row.get(column), metric != null
          && column.equals(metric.name()) ? metric : null)).toList());
    }
    return new ResultTable(header, cells);
  }

  /** @param metric the metric when the cell holds its value; null for other columns */
  private static String cell(Object value, Metric metric) {
    if (value == null) {
      return "";
    }
    if (metric != null && value instanceof Number number) {
      return NumberText.value(metric.kind(), number.doubleValue());
    }
    return UtcTime.iso(value).orElseGet(value::toString);
  }
}
