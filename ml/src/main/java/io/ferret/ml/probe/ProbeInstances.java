package io.ferret.ml.probe;

import io.ferret.ml.MlSettings;
import io.ferret.ml.TrainingSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Copies of a training set shaped for one kind of model; the training set itself is never modified.
 *
 * <p>Model copies have their weights scaled to a mean of 1, so that Weka's count-like options (J48's minimum
 * leaf, JRip's minimum coverage) mean rows whatever the weights' unit; relative weights are kept, so a row
 * that stands for more of the table (or more of the metric) still counts for more.
 */
final class ProbeInstances {
  /** Index of the class of interest in a {@link #binaryClass} copy. */
  static final int INTEREST = 0;

  private ProbeInstances() {}

  /**
   * The training rows with the class reduced to {interest, not interest}, interest first, at the same attribute
   * index as before (so attribute indexes still match the AttributeMap). Rows with a missing class or no
   * weight are left out: they tell a classifier nothing.
   */
  static Instances binaryClass(TrainingSet data) {
    Instances train = data.train();
    int classIndex = train.classIndex();
    String interest = train.classAttribute().value(data.interestClass());
    ArrayList<Attribute> attributes = copyAttributes(train);
    attributes.set(classIndex, new Attribute(train.classAttribute().name(), List.of(interest, "not " + interest)));
    Instances copy = new Instances(train.relationName(), attributes, train.numInstances());
    copy.setClassIndex(classIndex);
    double scale = meanOneScale(train, true);
    for (Instance row : train) {
      if (row.classIsMissing() || !(row.weight() > 0)) {
        continue;
      }
      double[] values = row.toDoubleArray();
      values[classIndex] = (int) row.classValue() == data.interestClass() ? INTEREST : 1 - INTEREST;
      copy.add(new DenseInstance(row.weight() * scale, values));
    }
    return copy;
  }

  /**
   * Every training row, in order, without the class attribute (clustering must not see it). Non-positive
   * weights become 0, so row {@code i} of the copy is row {@code i} of the training set.
   */
  static Instances withoutClass(TrainingSet data) {
    Instances train = data.train();
    Instances copy = new Instances(train.relationName(), copyAttributes(train), train.numInstances());
    double scale = meanOneScale(train, false);
    for (Instance row : train) {
      copy.add(new DenseInstance(row.weight() > 0 ? row.weight() * scale : 0, row.toDoubleArray()));
    }
    copy.setClassIndex(-1);
    copy.deleteAttributeAt(train.classIndex());
    return copy;
  }

  /** At most {@code cap} rows drawn without replacement by {@code seed}, in their original order. */
  static Instances sample(Instances rows, int cap, long seed) {
    return rows.numInstances() <= cap ? rows : subset(rows, sampleIndexes(rows.numInstances(), cap, seed));
  }

  /** A seeded choice of at most {@code cap} of {@code count} row indexes, in row order; all of them under the cap. */
  static List<Integer> sampleIndexes(int count, int cap, long seed) {
    List<Integer> order = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      order.add(i);
    }
    if (count <= cap) {
      return order;
    }
    Collections.shuffle(order, new Random(seed));
    List<Integer> chosen = new ArrayList<>(order.subList(0, cap));
    chosen.sort(null);
    return chosen;
  }

  /** The rows at {@code indexes}, in that order, under the same header. */
  static Instances subset(Instances rows, List<Integer> indexes) {
    Instances subset = new Instances(rows, indexes.size());
    for (int index : indexes) {
      subset.add(rows.instance(index));
    }
    return subset;
  }

  /** Summed weight of the rows in class {@code classValue}. */
  static double classWeight(Instances rows, int classValue) {
    double sum = 0;
    for (Instance row : rows) {
      if (!row.classIsMissing() && (int) row.classValue() == classValue) {
        sum += row.weight();
      }
    }
    return sum;
  }

  /**
   * Why rows cannot be explained, if they cannot: no weight with a class, none in the class of interest, or
   * nothing else to contrast them with.
   */
  static Optional<String> unusable(Instances rows, int interestClass) {
    double interest = 0;
    double total = 0;
    for (Instance row : rows) {
      if (!row.classIsMissing() && row.weight() > 0) {
        total += row.weight();
        interest += (int) row.classValue() == interestClass ? row.weight() : 0;
      }
    }
    if (total == 0) {
      return Optional.of("no weighted training rows with a class");
    }
    if (interest == 0) {
      return Optional.of("no training weight in the class of interest");
    }
    if (interest >= total) {
      return Optional.of("all training weight is in the class of interest");
    }
    return Optional.empty();
  }

  /**
   * The minimum support as a row count of a mean-1-weighted copy: J48's smallest leaf and JRip's smallest rule
   * coverage, so the models do not grow paths too small to report.
   */
  static int minimumRows(MlSettings settings, Instances rows) {
    return Math.max(2, (int) Math.floor(settings.minSupport() * rows.sumOfWeights()));
  }

  private static ArrayList<Attribute> copyAttributes(Instances header) {
    ArrayList<Attribute> attributes = new ArrayList<>(header.numAttributes());
    for (int i = 0; i < header.numAttributes(); i++) {
      attributes.add((Attribute) header.attribute(i).copy());
    }
    return attributes;
  }

  private static double meanOneScale(Instances rows, boolean needsClass) {
    double sum = 0;
    int count = 0;
    for (Instance row : rows) {
      if (row.weight() > 0 && !(needsClass && row.classIsMissing())) {
        sum += row.weight();
        count++;
      }
    }
    return sum > 0 ? count / sum : 1;
  }
}
