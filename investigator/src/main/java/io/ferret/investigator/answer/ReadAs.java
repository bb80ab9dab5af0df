package io.ferret.investigator.answer;

import io.ferret.investigator.finding.SegmentText;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;

/**
 * How a question was read, said back so the user can catch a misreading: "revenue = sum(amount) in orders,
 * where region = EMEA, last week (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov 8)".
 */
final class ReadAs {
  private ReadAs() {}

  static String of(Interpretation interpretation) {
    StringBuilder text = new StringBuilder(interpretation.metric().name()).append(" = ")
        .append(interpretation.metric().formula()).append(" in ").append(interpretation.table());
    if (!interpretation.filters().isEmpty()) {
      text.append(", where ").append(SegmentText.conditions(interpretation.filters()));
    }
    if (!interpretation.groupBy().isEmpty()) {
      text.append(", by ").append(String.join(", ", interpretation.groupBy()));
    }
    if (interpretation.comparison() != null) {
      // a lookup shows the current window only, so naming its baseline would promise a comparison it lacks
      text.append(", ").append(interpretation.kind() == QuestionKind.LOOKUP
          ? interpretation.comparison().currentDescription() : interpretation.comparison().description());
    }
    return text.toString();
  }
}
