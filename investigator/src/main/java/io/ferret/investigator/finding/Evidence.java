package io.ferret.investigator.finding;

import io.ferret.investigator.Recipe;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A segment a probe puts forward, with its numbers, before findings are merged and ranked.
 *
 * @param segment the segment's conditions, in the table's own columns and stored values
 * @param measurement its numbers over every row in scope
 * @param confidence how sure the probe is that it differs from the rest beyond noise, in [0, 1]
 * @param probes the probes that found it
 * @param recipe how to reproduce its numbers (or its model)
 * @param standsAlone whether it is a driver on its own: the drill-down's selected segments, or a model's
 *     segment that still departs from the rest once the drill-down's segments are set aside
 */
public record Evidence(
    List<Predicate> segment,
    Measurement measurement,
    double confidence,
    List<String> probes,
    Recipe recipe,
    boolean standsAlone) {
  public Evidence {
    segment = List.copyOf(segment);
    Objects.requireNonNull(measurement, "measurement is null");
    probes = List.copyOf(probes);
    Objects.requireNonNull(recipe, "recipe is null");
  }

  /** The same evidence, judged anew on whether it stands alone. */
  public Evidence standingAlone(boolean alone) {
    return new Evidence(segment, measurement, confidence, probes, recipe, alone);
  }

  /** The same evidence, also found by {@code other}'s probes, with the higher of the two confidences. */
  public Evidence mergedWith(Evidence other) {
    TreeSet<String> names = new TreeSet<>(probes);
    names.addAll(other.probes);
    return new Evidence(segment, measurement, Math.max(confidence, other.confidence), List.copyOf(names), recipe,
        standsAlone);
  }
}
