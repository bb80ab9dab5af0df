package io.ferret.ml;

import java.util.List;
import java.util.Objects;

/**
 * A conjunction of predicates whose class share differs from the rest, checked on held-out rows.
 *
 * @param predicates the conditions, all of which hold inside the segment
 * @param rows sampled rows inside the segment (training part)
 * @param weight their instance weight: rows, or metric mass, scaled back to the whole table
 * @param inside class share inside the segment (training part)
 * @param outside class share outside it (training part)
 * @param lift inside share over the overall share on the training part
 * @param holdoutLift the same lift measured again on rows not used for training
 * @param holdoutPValue two-sided p-value of the inside/outside difference on the held-out rows
 * @param probe the probe that found it (j48, jrip, em)
 * @param description a short plain-language description, such as the rule or the cluster profile
 */
public record Segment(
    List<Predicate> predicates,
    long rows,
    double weight,
    ClassShare inside,
    ClassShare outside,
    double lift,
    double holdoutLift,
    double holdoutPValue,
    String probe,
    String description) {
  public Segment {
    predicates = List.copyOf(Objects.requireNonNull(predicates, "predicates is null"));
    Objects.requireNonNull(inside, "inside is null");
    Objects.requireNonNull(outside, "outside is null");
    Objects.requireNonNull(probe, "probe is null");
    Objects.requireNonNull(description, "description is null");
  }
}
