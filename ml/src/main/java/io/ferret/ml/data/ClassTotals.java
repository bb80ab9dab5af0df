package io.ferret.ml.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows and weight mass of each class over all the modelled rows, most rows first (ties by class value): what
 * the sample's weights must add back up to.
 *
 * @param rows rows per class
 * @param mass summed weight per class: rows, or the metric's total in the change framing
 */
record ClassTotals(Map<String, Long> rows, Map<String, Double> mass) {
  ClassTotals {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    mass = Collections.unmodifiableMap(new LinkedHashMap<>(mass));
  }

  static ClassTotals read(SqlRunner sql, SliceQuery slice) {
    List<Object> parameters = new ArrayList<>(slice.classParameters());
    parameters.addAll(slice.whereParameters());
    // summed as DECIMAL: a parallel DOUBLE sum may differ in its last bits from run to run, and the mass sets
    // every sampled row's weight, so the same input would not always give the same training set
    List<Object[]> found = sql.rows("SELECT " + slice.classSql() + " AS c, count(*) AS n, sum(CAST("
        + slice.weightSql() + " AS DECIMAL(38, 10)))" + slice.from() + " GROUP BY c ORDER BY n DESC, c",
        parameters, row -> new Object[] {row.getString(1), row.getLong(2), row.getBigDecimal(3)});
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Double> mass = new LinkedHashMap<>();
    for (Object[] row : found) {
      rows.put((String) row[0], (Long) row[1]);
      mass.put((String) row[0], row[2] == null ? 0.0 : ((BigDecimal) row[2]).doubleValue());
    }
    return new ClassTotals(rows, mass);
  }

  List<String> classes() {
    return List.copyOf(rows.keySet());
  }

  long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
