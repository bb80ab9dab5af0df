package io.ferret.ml.data;

import io.ferret.ml.Framing;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Sql;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows a request models, as SQL: the table, its filters and the framing's class and weight. Identifiers
 * are quoted and every value is a bound parameter: {@link #classParameters()} go with {@link #classSql()} and
 * {@link #whereParameters()} with {@link #from()}.
 */
final class SliceQuery {
  private final String table;
  private final StringBuilder where = new StringBuilder("TRUE");
  private final List<Object> whereParameters = new ArrayList<>();
  private final String classSql;
  private final List<Object> classParameters = new ArrayList<>();
  private final String weightSql;
  private final String weightFilter;

  SliceQuery(String table, Framing framing, List<Predicate> filters, SourceColumns columns) {
    this.table = table;
    for (Predicate filter : filters) {
      columns.require(filter.column(), "filter");
      where.append(" AND ").append(Sql.quote(filter.column()));
      if (filter.op() == Operator.IN) {
        List<?> values = (List<?>) filter.value();
        where.append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        whereParameters.addAll(values);
      } else {
        where.append(' ').append(filter.op().symbol()).append(" ?");
        whereParameters.add(filter.value());
      }
    }
    if (framing instanceof Framing.Outcome outcome) {
      columns.require(outcome.column(), "outcome");
      classSql = "CAST(" + Sql.quote(outcome.column()) + " AS VARCHAR)";
      where.append(" AND ").append(Sql.quote(outcome.column())).append(" IS NOT NULL");
      weightSql = "1.0";
      weightFilter = null;
    } else {
      Framing.Change change = (Framing.Change) framing;
      columns.require(change.timeColumn(), "time");
      columns.require(change.weightColumn(), "weight");
      String time = Sql.quote(change.timeColumn());
      String type = columns.rawType(change.timeColumn());
      classSql = "CASE WHEN " + time + " >= ? THEN 'CURRENT' ELSE 'BASELINE' END";
      classParameters.add(bind(change.current().from(), type));
      where.append(" AND ((").append(within(time, change.baseline(), type)).append(") OR (")
          .append(within(time, change.current(), type)).append("))");
      if (change.weightColumn() == null) {
        weightSql = "1.0";
        weightFilter = null;
      } else {
        String weight = Sql.quote(change.weightColumn());
        weightSql = "CAST(" + weight + " AS DOUBLE)";
        // a row without a positive metric value carries no mass to move
        weightFilter = weight + " > 0";
      }
    }
  }

  private String within(String time, TimeWindow window, String type) {
    whereParameters.add(bind(window.from(), type));
    whereParameters.add(bind(window.to(), type));
    return time + " >= ? AND " + time + " < ?";
  }

  /** TIMESTAMP values are stored as UTC wall-clock time; TIMESTAMPTZ and DATE bind as themselves. */
  private static Object bind(Instant instant, String type) {
    if (type.startsWith("TIMESTAMP WITH TIME ZONE")) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (type.equals("DATE")) {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDate();
    }
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  String from() {
    return " FROM " + Sql.quote(table) + " WHERE " + where + (weightFilter == null ? "" : " AND " + weightFilter);
  }

  /** The rows the filters and windows match but the weight filter drops (none without a weight column). */
  String droppedFrom() {
    return " FROM " + Sql.quote(table) + " WHERE " + where + " AND "
        + (weightFilter == null ? "FALSE" : "NOT coalesce(" + weightFilter + ", FALSE)");
  }

  List<Object> whereParameters() {
    return whereParameters;
  }

  String classSql() {
    return classSql;
  }

  List<Object> classParameters() {
    return classParameters;
  }

  String weightSql() {
    return weightSql;
  }
}
