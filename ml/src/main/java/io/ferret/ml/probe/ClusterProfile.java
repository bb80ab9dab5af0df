package io.ferret.ml.probe;

import io.ferret.ml.Predicate;
import java.util.List;

/**
 * A cluster described in the table's terms.
 *
 * @param cluster the cluster's index
 * @param weightShare its share of the training weight
 * @param interestShare the class of interest's share of its weight
 * @param restShare the class of interest's share of the weight of all other clusters
 * @param excessInterest interest weight beyond what the overall share predicts (negative when under)
 * @param conjunction the 1–3 predicates that best pick it out; empty when nothing does
 * @param description its most over-represented values and its class share
 */
record ClusterProfile(
    int cluster,
    double weightShare,
    double interestShare,
    double restShare,
    double excessInterest,
    List<Predicate> conjunction,
    String description) {
  ClusterProfile {
    conjunction = List.copyOf(conjunction);
  }
}
