package io.ferret.investigator;

import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Objects;

/**
 * One checked explanation of the change or the outcome.
 *
 * @param rank 1 for the strongest
 * @param segment the conditions that define the segment, in the table's own columns and stored values
 * @param statement the plain-language sentence, with its numbers
 * @param impact the signed share of the total change the segment explains (change questions), or the
 *     segment's lift minus one (driver questions)
 * @param confidence how sure Ferret is that the segment differs from the rest beyond noise, in [0, 1],
 *     corrected for the number of segments tested
 * @param probes the probes that found it (drilldown, j48, jrip, em, …)
 * @param recipe how to reproduce it
 */
public record Finding(
    int rank, List<Predicate> segment, String statement, double impact, double confidence, List<String> probes,
    Recipe recipe) {
  public Finding {
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1");
    }
    segment = List.copyOf(segment);
    Objects.requireNonNull(statement, "statement is null");
    probes = List.copyOf(probes);
    Objects.requireNonNull(recipe, "recipe is null");
  }
}
