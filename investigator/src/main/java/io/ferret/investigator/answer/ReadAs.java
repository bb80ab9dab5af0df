package io.ferret.investigator.answer;

import io.ferret.investigator.finding.SegmentText;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.semantic.Metric;

/**
 * How a question was read, said back so the user can catch a misreading: "revenue = sum(amount) in orders,
 * where region = EMEA, last week (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov 8)".
 */
final class ReadAs {
  private ReadAs() {}

  static String of(Interpretation interpretation) {
    StringBuilder text = new StringBuilder(interpretation.metric().name()).append(" = ")
        .append(formula(interpretation.metric())).append(" in ").append(interpretation.table());
    if (!interpretation.filters().isEmpty()) {
      text.append(", where ").append(SegmentText.conditions(interpretation.filters()));
    }
    if (!interpretation.groupBy().isEmpty()) {
      text.append(", by ").append(String.join(", ", interpretation.groupBy()));
    }
    if (interpretation.comparison() != null) {
      text.append(", ").append(interpretation.comparison().description());
    }
    return text.toString();
  }

  /** The metric in words people check at a glance, unlike its SQL: {@code sum(amount)}, not {@code sum("amount")}. */
  static String formula(Metric metric) {
    return switch (metric.kind()) {
      case COUNT -> "count of rows";
      case SUM -> "sum(" + metric.column() + ")";
      case AVERAGE -> "avg(" + metric.column() + ")";
      case RATE -> "share of rows where " + metric.column() + " = " + metric.positive();
      case RATIO -> "sum(" + metric.column() + ") / sum(" + metric.denominator() + ")";
    };
  }
}
