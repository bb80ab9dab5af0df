package io.ferret.ml.probe;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.TrainingSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import weka.core.Attribute;
import weka.core.Instances;

/** The nominal values and numeric ranges a cluster can be described by. */
final class ProfileItems {
  private static final MathContext SIGNIFICANT = new MathContext(3);

  private ProfileItems() {}

  /** One item per stored nominal value of every attribute but the class; the same for every cluster. */
  static List<ProfileItem> nominal(TrainingSet data) {
    Instances train = data.train();
    AttributeMap attributes = data.attributes();
    List<ProfileItem> items = new ArrayList<>();
    for (int index = 0; index < train.numAttributes(); index++) {
      Attribute attribute = train.attribute(index);
      if (index == train.classIndex() || !attribute.isNominal()) {
        continue;
      }
      // one pass over the rows per attribute fills every value's mask
      boolean[][] masks = new boolean[attribute.numValues()][train.numInstances()];
      for (int row = 0; row < train.numInstances(); row++) {
        if (!train.instance(row).isMissing(index)) {
          masks[(int) train.instance(row).value(index)][row] = true;
        }
      }
      for (int value = 0; value < attribute.numValues(); value++) {
        Optional<Object> stored = StoredValues.of(attributes, train, index, value);
        if (stored.isPresent()) {
          Predicate predicate = new Predicate(attributes.column(index), Operator.EQ, stored.get());
          items.add(new ProfileItem(index, predicate.toString(), List.of(predicate), masks[value]));
        }
      }
    }
    return items;
  }

  /**
   * For every numeric attribute, the cluster's range between its 10th and 90th weighted percentiles, and each
   * half of it (at least the 10th, at most the 90th).
   */
  static List<ProfileItem> numeric(TrainingSet data, double[] weights, boolean[] inside) {
    Instances train = data.train();
    List<ProfileItem> items = new ArrayList<>();
    for (int index = 0; index < train.numAttributes(); index++) {
      if (index == train.classIndex() || !train.attribute(index).isNumeric()) {
        continue;
      }
      double[][] valued = insideValues(train, index, weights, inside);
      if (valued.length == 0) {
        continue;
      }
      double low = readable(quantile(valued, ClusterProfiler.LOW_QUANTILE));
      double high = readable(quantile(valued, ClusterProfiler.HIGH_QUANTILE));
      String column = data.attributes().column(index);
      Predicate atLeast = new Predicate(column, Operator.GE, low);
      Predicate atMost = new Predicate(column, Operator.LE, high);
      items.add(item(train, index, atLeast.toString(), List.of(atLeast), low, Double.POSITIVE_INFINITY));
      items.add(item(train, index, atMost.toString(), List.of(atMost), Double.NEGATIVE_INFINITY, high));
      String range = String.format(Locale.ROOT, "%s in [%s, %s]", column, low, high);
      items.add(item(train, index, range, List.of(atLeast, atMost), low, high));
    }
    return items;
  }

  private static ProfileItem item(
      Instances train, int index, String label, List<Predicate> predicates, double low, double high) {
    boolean[] mask = new boolean[train.numInstances()];
    for (int row = 0; row < mask.length; row++) {
      double value = train.instance(row).value(index);
      mask[row] = !train.instance(row).isMissing(index) && value >= low && value <= high;
    }
    return new ProfileItem(index, label, predicates, mask);
  }

  /** Three significant digits: a cluster's range is a description, not a fitted split. */
  static double readable(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return new BigDecimal(value).round(SIGNIFICANT).doubleValue();
  }

  /** (value, weight) pairs of the cluster's rows with a value, sorted by value. */
  private static double[][] insideValues(Instances train, int index, double[] weights, boolean[] inside) {
    List<double[]> pairs = new ArrayList<>();
    for (int row = 0; row < inside.length; row++) {
      if (inside[row] && !train.instance(row).isMissing(index)) {
        pairs.add(new double[] {train.instance(row).value(index), weights[row]});
      }
    }
    double[][] sorted = pairs.toArray(new double[0][]);
    Arrays.sort(sorted, Comparator.comparingDouble((double[] pair) -> pair[0]));
    return sorted;
  }

  /** The first value at which the cumulative weight reaches {@code q} of the total (by count if weightless). */
  private static double quantile(double[][] sorted, double q) {
    double total = 0;
    for (double[] pair : sorted) {
      total += pair[1];
    }
    if (total == 0) {
      return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))][0];
    }
    double cumulative = 0;
    for (double[] pair : sorted) {
      cumulative += pair[1];
      if (cumulative >= q * total) {
        return pair[0];
      }
    }
    return sorted[sorted.length - 1][0];
  }
}
