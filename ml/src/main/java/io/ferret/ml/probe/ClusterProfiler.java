package io.ferret.ml.probe;

import io.ferret.ml.Predicate;
import io.ferret.ml.TrainingSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Describes each cluster by the values most over-represented in it compared with the other clusters, and picks
 * a conjunction of at most three of them that best picks the cluster out: greedily, by the weighted Jaccard
 * overlap between the rows the conjunction holds for and the cluster's rows, adding an item only while it
 * raises the overlap by at least {@link #MIN_GAIN}. Items are values over-represented in the cluster: nominal
 * values (never the {@code other} bucket) and numeric ranges from the cluster's 10th and 90th weighted percentiles (at least, at most, or between).
 */
final class ClusterProfiler {
  static final int MOST_PREDICATES = 3;
  static final int MOST_DESCRIBED = 3;
  static final double MIN_GAIN = 0.02;
  static final double LOW_QUANTILE = 0.1;
  static final double HIGH_QUANTILE = 0.9;

  private final TrainingSet data;
  private final Instances train;
  private final int[] assignment;
  private final int clusters;
  private final double[] weights;
  private final List<ProfileItem> nominalItems;

  /**
   * @param assignment the cluster of each training row, in row order
   * @param clusters how many clusters there are
   */
  ClusterProfiler(TrainingSet data, int[] assignment, int clusters) {
    this.data = Objects.requireNonNull(data, "data is null");
    this.train = data.train();
    if (assignment.length != train.numInstances()) {
      throw new IllegalArgumentException("one cluster per training row is needed");
    }
    this.assignment = assignment.clone();
    this.clusters = clusters;
    this.weights = new double[train.numInstances()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.max(0, train.instance(i).weight());
    }
    this.nominalItems = ProfileItems.nominal(data);
  }

  List<ClusterProfile> profiles() {
    List<ClusterProfile> profiles = new ArrayList<>();
    for (int cluster = 0; cluster < clusters; cluster++) {
      profiles.add(profile(cluster));
    }
    return profiles;
  }

  private ClusterProfile profile(int cluster) {
    boolean[] inside = new boolean[weights.length];
    Tally insideTally = new Tally();
    Tally outsideTally = new Tally();
    for (int i = 0; i < weights.length; i++) {
      inside[i] = assignment[i] == cluster;
      Instance row = train.instance(i);
      if (!row.classIsMissing()) {
        boolean interest = (int) row.classValue() == data.interestClass();
        (inside[i] ? insideTally : outsideTally).add(weights[i], interest);
      }
    }
    Coverage coverage = new Coverage(weights, inside);
    List<ProfileItem> items = new ArrayList<>(nominalItems);
    items.addAll(ProfileItems.numeric(data, weights, inside));
    List<ProfileItem> overRepresented = overRepresented(items, coverage);
    // only values more common inside than outside can pick the cluster out; the rest would only be tried
    List<Predicate> conjunction = conjunction(
        items.stream().filter(item -> coverage.difference(item.mask()) > 0).toList(), coverage);
    double total = insideTally.total() + outsideTally.total();
    double overall = total == 0 ? 0 : (insideTally.interest() + outsideTally.interest()) / total;
    double excess = insideTally.interest() - insideTally.total() * overall;
    double weightShare = total == 0 ? 0 : insideTally.total() / total;
    String description = describe(cluster, weightShare, insideTally.share(), outsideTally.share(),
        overRepresented, coverage);
    return new ClusterProfile(cluster, weightShare, insideTally.share(), outsideTally.share(), excess,
        conjunction, description);
  }

  /** The items most over-represented inside (share inside minus share outside), one per attribute. */
  private static List<ProfileItem> overRepresented(List<ProfileItem> items, Coverage coverage) {
    record Scored(ProfileItem item, double difference) {}
    List<Scored> sorted = items.stream()
        .map(item -> new Scored(item, coverage.difference(item.mask())))
        .filter(scored -> scored.difference() > 0)
        .sorted(Comparator.comparingDouble((Scored scored) -> -scored.difference())
            .thenComparing(scored -> scored.item().label()))
        .collect(Collectors.toList());
    List<ProfileItem> chosen = new ArrayList<>();
    Set<Integer> attributes = new HashSet<>();
    for (Scored scored : sorted) {
      if (chosen.size() < MOST_DESCRIBED && attributes.add(scored.item().attribute())) {
        chosen.add(scored.item());
      }
    }
    return chosen;
  }

  private static List<Predicate> conjunction(List<ProfileItem> items, Coverage coverage) {
    boolean[] mask = null;
    double overlap = 0;
    List<Predicate> predicates = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int step = 0; step < MOST_PREDICATES; step++) {
      Optional<ProfileItem> best = Optional.empty();
      double bestOverlap = overlap;
      for (ProfileItem item : items) {
        if (used.contains(item.attribute())) {
          continue;
        }
        double candidate = coverage.jaccard(mask, item.mask());
        if (candidate > bestOverlap) {
          best = Optional.of(item);
          bestOverlap = candidate;
        }
      }
      if (best.isEmpty() || bestOverlap - overlap < MIN_GAIN) {
        break;
      }
      mask = Coverage.and(mask, best.get().mask());
      overlap = bestOverlap;
      used.add(best.get().attribute());
      predicates.addAll(best.get().predicates());
    }
    return predicates;
  }

  private String describe(int cluster, double weightShare, double interestShare, double restShare,
      List<ProfileItem> overRepresented, Coverage coverage) {
    String values = overRepresented.stream()
        .map(item -> String.format(Locale.ROOT, "%s (%.0f%% vs %.0f%%)", item.label(),
            100 * coverage.inside(item.mask()), 100 * coverage.outside(item.mask())))
        .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "cluster %d of %d, %.0f%% of weight, interest %.1f%% vs %.1f%% elsewhere: %s",
        cluster + 1, clusters, 100 * weightShare, 100 * interestShare, 100 * restShare,
        values.isEmpty() ? "no value stands out" : values);
  }
}
