package io.ferret.ml;

import java.util.List;

/**
 * Everything needed to reproduce a probe's result.
 *
 * @param sql the query that read the data, with {@code ?} placeholders
 * @param parameters the values bound to those placeholders, in order
 * @param model the Weka class, e.g. weka.classifiers.trees.J48
 * @param options the model's options as Weka prints them ({@code -C 0.25 -M 2})
 * @param seed the seed of sampling and splitting
 * @param sampledRows rows in the sample (training plus holdout)
 * @param tableRows rows the query matched before sampling
 * @param exclusions columns left out, with reasons
 */
public record ModelRecipe(
    String sql,
    List<Object> parameters,
    String model,
    String options,
    long seed,
    int sampledRows,
    long tableRows,
    List<Exclusion> exclusions) {
  public ModelRecipe {
    parameters = List.copyOf(parameters);
    exclusions = List.copyOf(exclusions);
  }
}
