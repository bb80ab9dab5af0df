package io.ferret.ml;

import java.util.List;
import java.util.Objects;
import weka.core.Instances;

/**
 * A sampled, weighted slice of store data ready for Weka, split into training and holdout rows.
 *
 * <p>Both parts share one header; the class attribute is set. Instance weights scale the sample back to the
 * table (and, in the change framing, carry the metric), so weighted totals estimate the table's totals.
 * Probes must not modify these Instances: copy them first ({@code new Instances(train)}).
 *
 * @param train rows used to fit models
 * @param holdout rows kept out, used only to re-check segments
 * @param attributes the mapping between Weka attributes and store columns
 * @param interestClass index of the class value of interest in the class attribute
 * @param recipeBase the data part of the recipe: sql, parameters, seed, sample and table sizes, exclusions;
 *     probes fill in model and options
 */
public record TrainingSet(
    Instances train, Instances holdout, AttributeMap attributes, int interestClass, ModelRecipe recipeBase) {
  public TrainingSet {
    Objects.requireNonNull(train, "train is null");
    Objects.requireNonNull(holdout, "holdout is null");
    Objects.requireNonNull(attributes, "attributes is null");
    Objects.requireNonNull(recipeBase, "recipeBase is null");
  }

  /** The recipe of a model trained on this set. */
  public ModelRecipe recipe(String model, String options) {
    return new ModelRecipe(recipeBase.sql(), recipeBase.parameters(), model, options, recipeBase.seed(),
        recipeBase.sampledRows(), recipeBase.tableRows(), recipeBase.exclusions());
  }

  public List<Exclusion> exclusions() {
    return recipeBase.exclusions();
  }
}
