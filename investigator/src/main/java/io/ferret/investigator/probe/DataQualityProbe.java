package io.ferret.investigator.probe;

import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Deadline;
import io.ferret.store.Sql;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What could make the answer wrong that the numbers do not show: a period still in progress, few rows, metric
 * values missing, input rejected at ingest, and columns that appeared while the compared windows ran.
 */
final class DataQualityProbe implements Probe {
  static final String NAME = "data_quality";
  private static final int MAX_SCHEMA_COLUMNS = 20;
  private static final int MAX_SCHEMA_CAVEATS = 3;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    ProbeSession session = context.session();
    List<String> caveats = new ArrayList<>();
    periodToDate(session.interpretation()).ifPresent(caveats::add);
    caveats.addAll(rows(context.queries(), session));
    boolean metadata = hasMetadata(context.queries());
    if (metadata) {
      rejects(context.queries(), session.scope().table()).ifPresent(caveats::add);
      if (session.scope().time() != null) {
        caveats.addAll(schemaChanges(context.queries(), session));
      }
    }
    return new QualityOutcome(caveats, "checked rows per window, missing metric values"
        + (metadata ? ", rejects and schema changes" : "") + "; " + caveats.size() + " caveats");
  }

  /**
   * "This month to date (…) is compared with the same span of last month (…); …" for periods in progress; a
   * lookup, which compares nothing, is told that its period is not over yet.
   */
  static Optional<String> periodToDate(Interpretation interpretation) {
    Comparison comparison = interpretation.comparison();
    if (comparison == null) {
      return Optional.empty();
    }
    String[] parts = comparison.description().split(" vs ", 2);
    if (parts.length < 2 || !(parts[1].startsWith("the same span") || parts[1].startsWith("the same hours"))) {
      return Optional.empty();
    }
    String current = parts[0].substring(0, 1).toUpperCase(Locale.ROOT) + parts[0].substring(1);
    if (interpretation.kind() == QuestionKind.LOOKUP) {
      return Optional.of(current + " covers a period still in progress; later events may change these figures.");
    }
    return Optional.of(current + " is compared with " + parts[1] + "; the rest of the period may change the picture.");
  }

  /** Too few rows in a window, and rows whose metric value is missing. */
  private static List<String> rows(Queries queries, ProbeSession session) {
    Scope scope = session.scope();
    Metric metric = session.metric();
    List<String> missing = new ArrayList<>();
    if (metric.column() != null) {
      missing.add(metric.column());
    }
    if (metric.kind() == MetricKind.RATIO) {
      missing.add(metric.denominator());
    }
    SqlBuilder sql = new SqlBuilder().sql("SELECT ").add(scope.period()).sql(" AS period, count(*)");
    for (String column : missing) {
      sql.sql(", count(*) FILTER (WHERE " + Sql.quote(column) + " IS NULL)");
    }
    sql.sql(scope.from()).sql(" WHERE ").add(scope.where()).sql(" GROUP BY period ORDER BY period");
    long[][] counts = new long[2][missing.size() + 1];
    queries.forEach(sql.build(), row -> {
      for (int i = 0; i <= missing.size(); i++) {
        counts[row.getInt(1)][i] = row.getLong(i + 2);
      }
    });
    List<String> caveats = new ArrayList<>();
    long minRows = session.settings().rules().minRows();
    if (scope.comparesWindows()) {
      few(counts[1][0], "in the current window", minRows).ifPresent(caveats::add);
      few(counts[0][0], "in the baseline window", minRows).ifPresent(caveats::add);
    } else {
      few(counts[1][0], "in scope", minRows).ifPresent(caveats::add);
    }
    long rows = counts[0][0] + counts[1][0];
    for (int i = 0; i < missing.size(); i++) {
      long empty = counts[0][i + 1] + counts[1][i + 1];
      if (empty > 0) {
        caveats.add(NumberText.count(empty) + " of " + NumberText.count(rows) + " rows ("
            + NumberText.percent((double) empty / rows) + ") have no " + missing.get(i) + "; " + metric.name()
            + " leaves them out.");
      }
    }
    return caveats;
  }

  private static Optional<String> few(long rows, String where, long minRows) {
    if (rows >= minRows) {
      return Optional.empty();
    }
    return Optional.of("Only " + NumberText.count(rows) + (rows == 1 ? " row " : " rows ") + where
        + ": too few for firm conclusions.");
  }

  private static boolean hasMetadata(Queries queries) {
    return queries.one(SqlFragment.of("SELECT count(*) FROM information_schema.tables"
        + " WHERE table_name IN ('ferret_rejects', 'ferret_schema_history')"), row -> row.getLong(1)) == 2;
  }

  private static Optional<String> rejects(Queries queries, String table) {
    long rejected = queries.one(new SqlFragment("SELECT count(*) FROM ferret_rejects WHERE table_name = ?",
        List.of(table)), row -> row.getLong(1));
    if (rejected == 0) {
      return Optional.empty();
    }
    return Optional.of(NumberText.count(rejected) + (rejected == 1 ? " input line was" : " input lines were")
        + " rejected when " + table + " was loaded; rejected lines are in ferret_rejects, not in these numbers.");
  }

  /** Columns added after the table was created whose first values fall inside the compared span. */
  private static List<String> schemaChanges(Queries queries, ProbeSession session) {
    Scope scope = session.scope();
    List<String> added = queries.list(new SqlFragment("SELECT DISTINCT column_name FROM ferret_schema_history"
        + " WHERE table_name = ? AND version > 1 AND change IN ('add_column', 'add_variant')"
        + " AND column_name IS NOT NULL ORDER BY column_name LIMIT " + MAX_SCHEMA_COLUMNS, List.of(scope.table())),
        row -> row.getString(1)).stream().filter(session.columns()::has).toList();
    if (added.isEmpty()) {
      return List.of();
    }
    SqlBuilder sql = new SqlBuilder().sql("SELECT ");
    for (int i = 0; i < added.size(); i++) {
      sql.sql(i == 0 ? "" : ", ").sql("min(").add(scope.time().epochSeconds())
          .sql(") FILTER (WHERE " + Sql.quote(added.get(i)) + " IS NOT NULL)");
    }
    sql.sql(scope.from()).sql(" WHERE ").add(scope.filtered());
    Instant spanStart = scope.comparesWindows() && scope.baseline().from().isBefore(scope.current().from())
        ? scope.baseline().from() : scope.current().from();
    List<String> caveats = new ArrayList<>();
    queries.forEach(sql.build(), row -> {
      for (int i = 0; i < added.size() && caveats.size() < MAX_SCHEMA_CAVEATS; i++) {
        Object first = row.getObject(i + 1);
        if (first != null) {
          Instant appeared = Instant.ofEpochSecond((long) Math.floor(((Number) first).doubleValue()));
          if (appeared.isAfter(spanStart) && appeared.isBefore(scope.current().to())) {
            caveats.add("The schema changed during the compared period: column " + added.get(i)
                + " first has values on " + appeared.atOffset(ZoneOffset.UTC).toLocalDate() + ".");
          }
        }
      }
    });
    return caveats;
  }
}
