package io.ferret.ml.probe;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import weka.classifiers.trees.j48.C45Split;
import weka.classifiers.trees.j48.ClassifierTree;
import weka.classifiers.trees.j48.Distribution;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * Reads candidate conjunctions off a J48 tree through its public node API (sons, split attribute, split point,
 * class distribution) rather than parsing its printout.
 *
 * <p>Every node below the root, leaf or not, is a path; a path is a candidate when its node is well supported
 * (at least the minimum support) and rich in the class of interest. "Rich" is a lift of at least 1.25, capped
 * at halfway to purity when the class of interest is already most of the data. Internal nodes are offered too,
 * so that a path and its extension can be compared and the shorter kept when they say the same thing.
 */
final class TreePaths {
  static final double MIN_LIFT = 1.25;

  private final AttributeMap attributes;
  private final Instances header;
  private final double minWeight;
  private final double minShare;

  /**
   * @param train the binary-class rows the tree was built on (interest is class 0)
   * @param minSupport the smallest share of the training weight a candidate may cover
   */
  TreePaths(AttributeMap attributes, Instances train, double minSupport) {
    this.attributes = Objects.requireNonNull(attributes, "attributes is null");
    this.header = Objects.requireNonNull(train, "train is null");
    double total = train.sumOfWeights();
    double overall = total == 0 ? 0 : ProbeInstances.classWeight(train, ProbeInstances.INTEREST) / total;
    this.minWeight = minSupport * total;
    this.minShare = Math.min(MIN_LIFT * overall, overall + (1 - overall) / 2);
  }

  List<Candidate> candidates(ClassifierTree root) {
    List<Candidate> candidates = new ArrayList<>();
    walk(Objects.requireNonNull(root, "root is null"), List.of(), candidates);
    return candidates;
  }

  private void walk(ClassifierTree node, List<Predicate> path, List<Candidate> candidates) {
    if (!path.isEmpty() && isPromising(node.getLocalModel().distribution())) {
      candidates.add(Candidate.of(Conjunctions.simplify(path)));
    }
    if (node.isLeaf() || !(node.getLocalModel() instanceof C45Split split)) {
      return;
    }
    ClassifierTree[] sons = node.getSons();
    for (int subset = 0; subset < sons.length; subset++) {
      Optional<Predicate> predicate = predicate(split, subset);
      if (predicate.isPresent()) {
        List<Predicate> longer = new ArrayList<>(path);
        longer.add(predicate.get());
        walk(sons[subset], longer, candidates);
      }
    }
  }

  private boolean isPromising(Distribution distribution) {
    double total = distribution.total();
    return total > 0 && total >= minWeight
        && distribution.perClass(ProbeInstances.INTEREST) / total >= minShare;
  }

  /** The predicate that leads into a subset, or empty for the {@code other} bucket (not sayable in SQL). */
  private Optional<Predicate> predicate(C45Split split, int subset) {
    int index = split.attIndex();
    Attribute attribute = header.attribute(index);
    String column = attributes.column(index);
    if (attribute.isNumeric()) {
      Operator op = subset == 0 ? Operator.LE : Operator.GT;
      return Optional.of(new Predicate(column, op, split.splitPoint()));
    }
    return StoredValues.of(attributes, header, index, subset)
        .map(value -> new Predicate(column, Operator.EQ, value));
  }
}
