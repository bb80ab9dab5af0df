package io.ferret.investigator.answer;

import java.util.Objects;

/**
 * A finding as prose shows it.
 *
 * @param rank 1 for the strongest
 * @param statement the finding's sentence, with its numbers
 * @param meta its confidence and the probes that found it: "High confidence (0.97), found by drilldown and j48."
 * @param recipe how to reproduce it; null unless the answer explains itself
 */
record FindingView(int rank, String statement, String meta, RecipeView recipe) {
  FindingView {
    Objects.requireNonNull(statement, "statement is null");
    Objects.requireNonNull(meta, "meta is null");
  }
}
