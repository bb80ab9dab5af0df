package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Sql;
import java.util.List;

/** Predicates as SQL: columns quoted, values bound. */
final class PredicateSql {
  private PredicateSql() {}

  /** Every predicate, joined by AND; TRUE when there is none. */
  static SqlFragment all(List<Predicate> predicates) {
    if (predicates.isEmpty()) {
      return SqlFragment.of("TRUE");
    }
    SqlBuilder sql = new SqlBuilder();
    for (int i = 0; i < predicates.size(); i++) {
      sql.sql(i == 0 ? "" : " AND ").add(one(predicates.get(i)));
    }
    return sql.build();
  }

  /** True only for rows that certainly meet every predicate: a NULL column matches nothing. */
  static SqlFragment matches(List<Predicate> predicates) {
    return new SqlBuilder().sql("coalesce(").add(all(predicates)).sql(", FALSE)").build();
  }

  /** True for rows in none of the segments. */
  static SqlFragment outside(List<List<Predicate>> segments) {
    SqlBuilder sql = new SqlBuilder().sql("TRUE");
    for (List<Predicate> segment : segments) {
      sql.sql(" AND NOT ").add(matches(segment));
    }
    return sql.build();
  }

  /** True for rows in at least one of the segments. */
  static SqlFragment inside(List<List<Predicate>> segments) {
    SqlBuilder sql = new SqlBuilder().sql("FALSE");
    for (List<Predicate> segment : segments) {
      sql.sql(" OR ").add(matches(segment));
    }
    return sql.build();
  }

  static SqlFragment one(Predicate predicate) {
    SqlBuilder sql = new SqlBuilder().sql(Sql.quote(predicate.column()));
    if (predicate.op() == Operator.IN) {
      List<?> values = (List<?>) predicate.value();
      if (values.isEmpty()) {
        return SqlFragment.of("FALSE");
      }
      sql.sql(" IN (");
      for (int i = 0; i < values.size(); i++) {
        sql.sql(i == 0 ? "" : ", ").value(values.get(i));
      }
      return sql.sql(")").build();
    }
    return sql.sql(" " + predicate.op().symbol() + " ").value(predicate.value()).build();
  }
}
