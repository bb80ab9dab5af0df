package io.ferret.investigator.probe;

import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.semantic.Metric;
import io.ferret.ml.Deadline;
import io.ferret.store.Sql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A direct answer: the metric per group of the question's "by" columns over its window, as a small table. */
final class LookupProbe implements Probe {
  static final String NAME = "lookup";
  static final int MAX_ROWS = 200;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    ProbeSession session = context.session();
    Scope scope = session.scope();
    Metric metric = session.metric();
    List<String> groupBy = session.interpretation().groupBy();
    groupBy.forEach(session.columns()::type);
    String groups = groupBy.stream().map(Sql::quote).collect(Collectors.joining(", "));
    SqlBuilder sql = new SqlBuilder().sql("SELECT " + (groupBy.isEmpty() ? "" : groups + ", "))
        .add(metric.expression()).sql(" AS " + Sql.quote(metric.name())).sql(scope.from()).sql(" WHERE ")
        .add(scope.where());
    if (!groupBy.isEmpty()) {
      String order = groupBy.stream().map(column -> Sql.quote(column) + " NULLS LAST")
          .collect(Collectors.joining(", "));
      sql.sql(" GROUP BY " + groups + " ORDER BY " + order + " LIMIT " + (MAX_ROWS + 1));
    }
    List<Map<String, Object>> rows = context.queries().list(sql.build(), row -> {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < groupBy.size(); i++) {
        values.put(groupBy.get(i), ColumnValues.normalized(row.getObject(i + 1)));
      }
      values.put(metric.name(), ColumnValues.normalized(row.getObject(groupBy.size() + 1)));
      return Collections.unmodifiableMap(values);
    });
    boolean cut = rows.size() > MAX_ROWS;
    List<Map<String, Object>> shown = cut ? new ArrayList<>(rows.subList(0, MAX_ROWS)) : rows;
    return new LookupOutcome(shown, NumberText.count(shown.size()) + (cut ? " groups shown, more exist" : " rows"));
  }
}
