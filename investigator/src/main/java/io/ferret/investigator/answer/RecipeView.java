package io.ferret.investigator.answer;

import io.ferret.investigator.Recipe;
import io.ferret.investigator.finding.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A finding's recipe as prose shows it: the query as run, then one line per setting.
 *
 * @param sql the query, with its {@code ?} placeholders
 * @param details "Parameters: 'EMEA', 'partner'", "Model: weka.classifiers.trees.J48 -C 0.25 -M 2", …
 */
record RecipeView(String sql, List<String> details) {
  RecipeView {
    Objects.requireNonNull(sql, "sql is null");
    details = List.copyOf(details);
  }

  /** The query keeps its placeholders, so it is shown exactly as it ran; the values are listed in order. */
  static RecipeView of(Recipe recipe) {
    List<String> details = new ArrayList<>();
    if (!recipe.parameters().isEmpty()) {
      details.add("Parameters: " + recipe.parameters().stream().map(SqlDisplay::literal)
          .collect(Collectors.joining(", ")));
    }
    if (recipe.model() != null) {
      details.add("Model: " + recipe.model() + (recipe.options() == null ? "" : " " + recipe.options()));
    }
    if (recipe.seed() != null) {
      details.add("Seed: " + recipe.seed());
    }
    if (recipe.sampleRows() != null) {
      details.add("Model sample: " + NumberText.count(recipe.sampleRows()) + " rows");
    }
    if (recipe.tableRows() != null) {
      details.add("Rows matched: " + NumberText.count(recipe.tableRows()));
    }
    return new RecipeView(recipe.sql(), details);
  }
}
