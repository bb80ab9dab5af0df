package io.ferret.ml.probe;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.ModelRecipe;
import io.ferret.ml.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Builds training sets the way the data path hands them over (one header for training and holdout rows, the
 * class attribute set, weights, an AttributeMap), from rows a test generates. A nominal value named
 * {@code other} is the other bucket: it has no stored value.
 */
final class SyntheticSet {
  private final Map<String, List<String>> nominals = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();
  private String classColumn;
  private List<String> classValues;
  private String interest;
  private double holdoutFraction = 0.3;

  static SyntheticSet builder() {
    return new SyntheticSet();
  }

  SyntheticSet nominal(String column, String... values) {
    nominals.put(column, List.of(values));
    order.add(column);
    return this;
  }

  SyntheticSet numeric(String column) {
    order.add(column);
    return this;
  }

  /** The class attribute (placed last) and the value of interest. */
  SyntheticSet outcome(String column, String interestValue, String... values) {
    this.classColumn = column;
    this.classValues = List.of(values);
    this.interest = interestValue;
    return this;
  }

  SyntheticSet holdoutFraction(double fraction) {
    this.holdoutFraction = fraction;
    return this;
  }

  /** {@code rows} rows from {@code maker}; each goes to the holdout with the holdout fraction, by seed. */
  TrainingSet generate(int rows, long seed, RowMaker maker) {
    Random random = new Random(seed);
    Random split = new Random(seed * 31 + 7);
    List<Row> train = new ArrayList<>();
    List<Row> holdout = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      Row row = new Row();
      maker.make(random, row);
      (split.nextDouble() < holdoutFraction ? holdout : train).add(row);
    }
    return of(train, holdout, seed);
  }

  /** Exactly these training and holdout rows. */
  TrainingSet of(List<Row> trainRows, List<Row> holdoutRows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    Map<Integer, List<Object>> stored = new HashMap<>();
    List<String> columns = new ArrayList<>(order);
    columns.add(classColumn);
    for (String column : order) {
      List<String> values = nominals.get(column);
      if (values == null) {
        attributes.add(new Attribute(column));
      } else {
        attributes.add(new Attribute(column, values));
        List<Object> storedValues = new ArrayList<>();
        values.forEach(value -> storedValues.add(AttributeMap.OTHER.equals(value) ? null : value));
        stored.put(attributes.size() - 1, storedValues);
      }
    }
    attributes.add(new Attribute(classColumn, classValues));
    stored.put(attributes.size() - 1, new ArrayList<>(classValues));
    Instances train = instances(attributes, trainRows);
    Instances holdout = instances(attributes, holdoutRows);
    AttributeMap map = new AttributeMap(columns, stored, List.of());
    int rows = trainRows.size() + holdoutRows.size();
    ModelRecipe recipe = new ModelRecipe("select * from synthetic", List.of(), "", "", seed, rows, rows,
        List.of());
    return new TrainingSet(train, holdout, map, classValues.indexOf(interest), recipe);
  }

  private Instances instances(ArrayList<Attribute> attributes, List<Row> rows) {
    Instances instances = new Instances("synthetic", attributes, rows.size());
    instances.setClassIndex(attributes.size() - 1);
    for (Row row : rows) {
      double[] values = new double[attributes.size()];
      Arrays.fill(values, Utils.missingValue());
      for (int a = 0; a < order.size(); a++) {
        Object value = row.values.get(order.get(a));
        if (value instanceof String text) {
          values[a] = nominals.get(order.get(a)).indexOf(text);
        } else if (value instanceof Number number) {
          values[a] = number.doubleValue();
        }
      }
      values[attributes.size() - 1] = classValues.indexOf(row.classValue);
      instances.add(new DenseInstance(row.weight, values));
    }
    return instances;
  }

  /** Fills one row. */
  interface RowMaker {
    void make(Random random, Row row);
  }

  /** One generated row: values by column (String for nominal, Number for numeric, absent for missing). */
  static final class Row {
    private final Map<String, Object> values = new HashMap<>();
    private String classValue;
    private double weight = 1;

    Row set(String column, Object value) {
      values.put(column, value);
      return this;
    }

    Object get(String column) {
      return values.get(column);
    }

    Row outcome(String value) {
      this.classValue = value;
      return this;
    }

    Row weight(double value) {
      this.weight = value;
      return this;
    }
  }
}
