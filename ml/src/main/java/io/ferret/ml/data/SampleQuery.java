package io.ferret.ml.data;

import io.ferret.ml.MlSettings;
import io.ferret.store.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * The sampling query: each class keeps a share of the cap proportional to its size (at least 200 rows or all it
 * has), rows are picked by a hash of their row id and the seed, and each row's weight (1, or its metric value)
 * is scaled by its class's mass over its sampled mass, so each class's weighted total equals the table's.
 * Columns come out in order: the attributes, the derived features, the class, the weight.
 */
final class SampleQuery {
  private static final int MIN_PER_CLASS = 200;

  private final String sql;
  private final List<Object> parameters = new ArrayList<>();

  SampleQuery(SliceQuery slice, List<String> attributes, List<DerivedFeature> derived, MlSettings settings) {
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    for (String attribute : attributes) {
      inner.add(Sql.quote(attribute));
      outer.add(Sql.quote(attribute));
    }
    for (int i = 0; i < derived.size(); i++) {
      String alias = alias(i);
      inner.add(derived.get(i).expression() + " AS " + alias);
      outer.add(alias);
    }
    String innerPrefix = inner.isEmpty() ? "" : String.join(", ", inner) + ", ";
    String outerPrefix = outer.isEmpty() ? "" : String.join(", ", outer) + ", ";
    String byClass = "count(*) OVER (PARTITION BY " + SliceQuery.CLASS + ")";
    sql = "SELECT " + outerPrefix + SliceQuery.CLASS + ", w * mass / sum(w) OVER (PARTITION BY " + SliceQuery.CLASS
        + ") AS " + SliceQuery.WEIGHT + " FROM (SELECT *, sum(w) OVER (PARTITION BY " + SliceQuery.CLASS
        + ") AS mass, row_number() OVER (PARTITION BY " + SliceQuery.CLASS
        + " ORDER BY h, rid) AS rn, least(" + byClass + ", greatest(" + MIN_PER_CLASS + ", ceil(? * " + byClass
        + " / count(*) OVER ()))) AS quota FROM (SELECT " + innerPrefix + slice.classSql() + " AS "
        + SliceQuery.CLASS + ", " + slice.weightSql() + " AS w, hash(rowid, ?) AS h, rowid AS rid" + slice.from()
        + ") AS base) AS ranked WHERE rn <= quota ORDER BY h, rid";
    parameters.add((double) settings.sampleCap());
    parameters.addAll(slice.classParameters());
    parameters.add(settings.seed());
    parameters.addAll(slice.whereParameters());
  }

  static String alias(int derived) {
    return "__ferret_derived" + derived;
  }

  String sql() {
    return sql;
  }

  List<Object> parameters() {
    return parameters;
  }
}
