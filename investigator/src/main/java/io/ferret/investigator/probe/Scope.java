package io.ferret.investigator.probe;

import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows a question is about: the table, the question's filters and its windows. Change questions compare
 * a baseline with a current window; other questions with a window look at the current one only.
 *
 * @param table the table
 * @param filters the question's conditions on the rows
 * @param time the event-time column; null when no window applies
 * @param baseline the earlier window of a change question; null otherwise
 * @param current the window asked about; null when the question names none
 */
public record Scope(String table, List<Predicate> filters, TimeColumn time, TimeWindow baseline, TimeWindow current) {
  public Scope {
    Objects.requireNonNull(table, "table is null");
    filters = List.copyOf(filters);
    if ((baseline != null || current != null) && time == null) {
      throw new IllegalArgumentException("a window needs a time column");
    }
    if (baseline != null && current == null) {
      throw new IllegalArgumentException("a baseline needs a current window");
    }
  }

  /** The scope of an interpretation, given its time column's type (null when it has none). */
  public static Scope of(Interpretation interpretation, TimeColumn time) {
    var comparison = interpretation.comparison();
    if (comparison == null || time == null) {
      return new Scope(interpretation.table(), interpretation.filters(), null, null, null);
    }
    boolean change = interpretation.kind() == QuestionKind.CHANGE;
    return new Scope(interpretation.table(), interpretation.filters(), time,
        change ? comparison.baseline() : null, comparison.current());
  }

  /** Whether rows fall in two windows to compare. */
  public boolean comparesWindows() {
    return baseline != null;
  }

  /** {@code FROM "table"}. */
  String from() {
    return " FROM " + Sql.quote(table);
  }

  /** The question's filters alone. */
  SqlFragment filtered() {
    return PredicateSql.all(filters);
  }

  /** The filters and the windows. */
  SqlFragment where() {
    List<SqlFragment> parts = new ArrayList<>();
    if (!filters.isEmpty()) {
      parts.add(new SqlBuilder().sql("(").add(filtered()).sql(")").build());
    }
    if (comparesWindows()) {
      parts.add(new SqlBuilder().sql("((").add(time.within(current)).sql(") OR (").add(time.within(baseline))
          .sql("))").build());
    } else if (current != null) {
      parts.add(time.within(current));
    }
    return parts.isEmpty() ? SqlFragment.of("TRUE") : new SqlBuilder().join(" AND ", parts).build();
  }

  /** 1 for rows of the current window, 0 for the baseline; 1 for every row when there is one window or none. */
  SqlFragment period() {
    if (!comparesWindows()) {
      return SqlFragment.of("1");
    }
    return new SqlBuilder().sql("CASE WHEN ").add(time.within(current)).sql(" THEN 1 ELSE 0 END").build();
  }
}
