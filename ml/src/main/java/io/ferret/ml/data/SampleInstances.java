package io.ferret.ml.data;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.MlSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Weka instances from the sample's columns: numbers stay numbers, text and booleans become nominal attributes
 * over their {@link NominalDomain}, the class comes last, and each row's weight is scaled so that every class
 * weighs what it weighs in the whole table.
 */
final class SampleInstances {
  private final String relation;
  private final List<String> attributes;
  private final List<DerivedFeature> derived;
  private final SourceColumns columns;
  private final MlSettings settings;
  private final Map<String, List<String>> declared;
  private final Map<Integer, NominalDomain> domains = new HashMap<>();
  private AttributeMap attributeMap;

  /**
   * @param declared for ENUM attributes, their declared values; those with at most top-K values keep them all,
   *     in declared order, as an ARFF header would
   */
  SampleInstances(String relation, List<String> attributes, List<DerivedFeature> derived, SourceColumns columns,
      MlSettings settings, Map<String, List<String>> declared) {
    this.relation = relation;
    this.attributes = List.copyOf(attributes);
    this.derived = List.copyOf(derived);
    this.columns = columns;
    this.settings = settings;
    this.declared = Map.copyOf(declared);
  }

  /** The instances, with {@code classLabels} as the class attribute's values, named {@code classColumn}. */
  Instances build(ArrowColumns data, List<String> classLabels, ClassTotals totals, String classColumn) {
    ArrayList<Attribute> list = new ArrayList<>();
    for (int a = 0; a < attributes.size(); a++) {
      String column = attributes.get(a);
      list.add(columns.numeric(column) ? new Attribute(column) : nominal(a, column, data.texts(column)));
    }
    for (DerivedFeature feature : derived) {
      int a = list.size();
      if (feature.numeric()) {
        list.add(new Attribute(feature.label()));
      } else {
        domains.put(a, NominalDomain.declared(feature.labels()));
        list.add(new Attribute(feature.label(), feature.labels()));
      }
    }
    domains.put(list.size(), NominalDomain.declared(classLabels));
    list.add(new Attribute(classColumn, classLabels));
    Instances header = new Instances(relation, list, data.rows());
    header.setClassIndex(list.size() - 1);
    attributeMap = attributeMap(header, classColumn);
    return fill(header, data, totals);
  }

  /** How the attributes of the last {@link #build} map back to columns and stored values. */
  AttributeMap attributeMap() {
    return attributeMap;
  }

  private Attribute nominal(int a, String column, List<String> values) {
    List<String> enumValues = declared.get(column);
    NominalDomain domain = enumValues != null && !enumValues.isEmpty() && enumValues.size() <= settings.nominalTopK()
        ? NominalDomain.declared(enumValues)
        : NominalDomain.mostFrequent(values, settings.nominalTopK());
    domains.put(a, domain);
    return new Attribute(column, domain.labels());
  }

  private AttributeMap attributeMap(Instances header, String classColumn) {
    List<String> names = new ArrayList<>(attributes);
    List<Integer> derivedIndexes = new ArrayList<>();
    for (DerivedFeature feature : derived) {
      derivedIndexes.add(names.size());
      names.add(feature.label());
    }
    names.add(classColumn);
    Map<Integer, List<Object>> nominal = new LinkedHashMap<>();
    for (Map.Entry<Integer, NominalDomain> entry : domains.entrySet()) {
      int a = entry.getKey();
      NominalDomain domain = entry.getValue();
      String column = a < attributes.size() || a == header.classIndex() && columns.has(classColumn)
          ? names.get(a) : null;
      List<Object> stored = new ArrayList<>();
      for (int v = 0; v < domain.labels().size(); v++) {
        String label = domain.labels().get(v);
        boolean bucket = domain.overflow() && v == domain.labels().size() - 1;
        stored.add(bucket ? null : column == null ? label : columns.stored(column, label));
      }
      nominal.put(a, stored);
    }
    return new AttributeMap(names, nominal, derivedIndexes);
  }

  private Instances fill(Instances header, ArrowColumns data, ClassTotals totals) {
    int width = header.numAttributes();
    double[][] rows = new double[data.rows()][width];
    for (int a = 0; a < attributes.size(); a++) {
      fillColumn(rows, a, attributes.get(a), data);
    }
    for (int d = 0; d < derived.size(); d++) {
      fillColumn(rows, attributes.size() + d, SampleQuery.alias(d), data);
    }
    fillColumn(rows, width - 1, SampleQuery.CLASS, data);
    double[] weights = scaledWeights(data.numbers(SampleQuery.WEIGHT), rows, width - 1, header, totals);
    Instances instances = new Instances(header, data.rows());
    for (int r = 0; r < rows.length; r++) {
      instances.add(new DenseInstance(weights[r], rows[r]));
    }
    return instances;
  }

  private void fillColumn(double[][] rows, int a, String name, ArrowColumns data) {
    NominalDomain domain = domains.get(a);
    if (domain == null) {
      double[] numbers = data.numbers(name);
      for (int r = 0; r < rows.length; r++) {
        rows[r][a] = Double.isNaN(numbers[r]) ? Utils.missingValue() : numbers[r];
      }
      return;
    }
    List<String> texts = data.texts(name);
    for (int r = 0; r < rows.length; r++) {
      int index = domain.index(texts.get(r));
      rows[r][a] = index < 0 ? Utils.missingValue() : index;
    }
  }

  /**
   * Each row's raw weight (1, or its metric value) times its class's mass in the table over that class's mass in
   * the sample; summed in row order, so the same sample always gives the same weights.
   */
  private static double[] scaledWeights(double[] raw, double[][] rows, int classIndex, Instances header,
      ClassTotals totals) {
    int classes = header.classAttribute().numValues();
    double[] sampled = new double[classes];
    for (int r = 0; r < rows.length; r++) {
      sampled[(int) rows[r][classIndex]] += raw[r];
    }
    double[] factor = new double[classes];
    for (int c = 0; c < classes; c++) {
      double mass = totals.mass().getOrDefault(header.classAttribute().value(c), 0.0);
      factor[c] = sampled[c] > 0 ? mass / sampled[c] : 0;
    }
    double[] weights = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      weights[r] = raw[r] * factor[(int) rows[r][classIndex]];
    }
    return weights;
  }
}
