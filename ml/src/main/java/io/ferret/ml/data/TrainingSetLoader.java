package io.ferret.ml.data;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ml.AttributeMap;
import io.ferret.ml.Exclusion;
import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ModelRecipe;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TrainingSet;
import io.ferret.schema.TableSchema;
import io.ferret.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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
 * Turns a slice of a store table into a weighted, sampled Weka training set: the query runs in DuckDB, the
 * sample is stratified by class and chosen by a seeded hash (the same input gives the same sample), and the
 * result reaches Weka column by column through Arrow.
 */
public final class TrainingSetLoader {
  private TrainingSetLoader() {}

  /**
   * Loads the request's rows as a training set; bad requests (unknown table or column) fail with USAGE. Safe to
   * call from several threads: each load reads through its own duplicate of the store's connection.
   */
  public static TrainingSet load(Store store, ProbeRequest request) {
    try (Connection connection = store.connection().duplicate()) {
      return load(store, new SqlRunner(connection), request);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not open a reader on the store: " + e.getMessage(), e);
    }
  }

  private static TrainingSet load(Store store, SqlRunner sql, ProbeRequest request) {
    MlSettings settings = request.settings();
    SourceColumns columns = SourceColumns.read(sql, request.table());
    SliceQuery slice = new SliceQuery(request.table(), request.framing(), request.filters(), columns);
    List<Exclusion> exclusions = new ArrayList<>();
    List<DerivedFeature> derived = new ArrayList<>();
    List<String> candidates = candidates(request, columns, store, exclusions, derived);

    Map<String, Long> classCounts = new LinkedHashMap<>();
    List<Object> countParameters = new ArrayList<>(slice.classParameters());
    countParameters.addAll(slice.whereParameters());
    sql.rows("SELECT " + slice.classSql() + " AS c, count(*)" + slice.from() + " GROUP BY c ORDER BY c",
        countParameters, row -> classCounts.put(row.getString(1), row.getLong(2)));
    long tableRows = classCounts.values().stream().mapToLong(Long::longValue).sum();
    List<String> attributes = new ColumnScreen(sql, slice).screen(candidates, columns, exclusions, tableRows);
    droppedWeights(sql, request, slice, exclusions);

    SampleQuery sample = new SampleQuery(slice, attributes, derived, settings);
    List<String> names = new ArrayList<>(attributes);
    for (int i = 0; i < derived.size(); i++) {
      names.add(SampleQuery.alias(i));
    }
    names.add(SliceQuery.CLASS);
    names.add(SliceQuery.WEIGHT);
    List<Boolean> numeric = new ArrayList<>(attributes.stream().map(columns::numeric).toList());
    derived.forEach(feature -> numeric.add(feature.numeric()));
    numeric.add(false);
    numeric.add(true);
    ArrowColumns data = ArrowColumns.read(sql, sample.sql(), sample.parameters(), store.allocator(), names, numeric);

    String interest = interest(request.framing());
    Instances header = header(request, attributes, derived, columns, data, classCounts, settings, interest);
    AttributeMap map = attributeMap(header, attributes, derived, columns, classColumn(request.framing()));
    Instances all = fill(header, attributes, derived, columns, data);
    Instances[] split = split(all, settings);
    int interestClass = Math.max(0, header.classAttribute().indexOfValue(interest));
    ModelRecipe recipe = new ModelRecipe(sample.sql(), sample.parameters(), null, null, settings.seed(), data.rows(),
        tableRows, exclusions);
    return new TrainingSet(split[0], split[1], map, interestClass, recipe);
  }

  private static List<String> candidates(ProbeRequest request, SourceColumns columns, Store store,
      List<Exclusion> exclusions, List<DerivedFeature> derived) {
    List<String> wanted = request.columns().isEmpty() ? columns.names() : request.columns();
    Map<String, String> reserved = reserved(request.framing());
    TableSchema schema = store.schema(request.table());
    List<String> candidates = new ArrayList<>();
    for (String column : wanted) {
      columns.require(column, "attribute");
      if (reserved.containsKey(column)) {
        exclusions.add(new Exclusion(column, reserved.get(column)));
        continue;
      }
      String reason = columns.unusable(column, schema);
      if (reason != null && reason.startsWith("time column") && request.settings().timeFeatures()) {
        for (DerivedFeature feature : DerivedFeature.of(column, columns.rawType(column))) {
          if (columns.types.containsKey(feature.label()) || wanted.contains(feature.label())) {
            exclusions.add(new Exclusion(feature.label(), "derived feature shadowed by a column of that name"));
          } else {
            derived.add(feature);
          }
        }
      } else if (reason == null) {
        candidates.add(column);
      } else {
        exclusions.add(new Exclusion(column, reason));
      }
    }
    return candidates;
  }

  /** The columns that define the class, with why they cannot be attributes. */
  private static Map<String, String> reserved(Framing framing) {
    if (framing instanceof Framing.Outcome outcome) {
      return Map.of(outcome.column(), "leaks the target: it is the outcome itself");
    }
    Framing.Change change = (Framing.Change) framing;
    Map<String, String> reserved = new LinkedHashMap<>();
    reserved.put(change.timeColumn(), "is the period: the time column defines the class");
    if (change.weightColumn() != null) {
      reserved.putIfAbsent(change.weightColumn(), "is the weight: each row weighs its value");
    }
    return reserved;
  }

  /** In the change framing, rows whose metric is null, zero or negative carry no mass; they are counted. */
  private static void droppedWeights(SqlRunner sql, ProbeRequest request, SliceQuery slice, List<Exclusion> exclusions) {
    if (!(request.framing() instanceof Framing.Change change) || change.weightColumn() == null) {
      return;
    }
    long dropped = sql.rows("SELECT count(*)" + slice.droppedFrom(), slice.whereParameters(),
        row -> row.getLong(1)).get(0);
    if (dropped > 0) {
      exclusions.add(new Exclusion(change.weightColumn(),
          "dropped " + dropped + " rows whose weight is null, zero or negative"));
    }
  }

  private static String classColumn(Framing framing) {
    return framing instanceof Framing.Outcome outcome ? outcome.column() : "_period";
  }

  private static String interest(Framing framing) {
    return framing instanceof Framing.Outcome outcome
        ? String.valueOf(outcome.interest())
        : ((Framing.Change) framing).interest().name();
  }

  private static Instances header(ProbeRequest request, List<String> attributes, List<DerivedFeature> derived,
      SourceColumns columns, ArrowColumns data, Map<String, Long> classCounts, MlSettings settings,
      String interest) {
    ArrayList<Attribute> list = new ArrayList<>();
    for (String column : attributes) {
      list.add(columns.numeric(column)
          ? new Attribute(column)
          : new Attribute(column, NominalDomain.of(data.texts(column), settings.nominalTopK()).labels()));
    }
    for (DerivedFeature feature : derived) {
      list.add(feature.numeric() ? new Attribute(feature.label()) : new Attribute(feature.label(), feature.labels()));
    }
    List<String> classes = new ArrayList<>(classCounts.keySet());
    if (!classes.contains(interest)) {
      classes.add(interest);
      classes.sort(null);
    }
    list.add(new Attribute(classColumn(request.framing()), classes));
    Instances header = new Instances(request.table(), list, data.rows());
    header.setClassIndex(list.size() - 1);
    return header;
  }

  private static AttributeMap attributeMap(Instances header, List<String> attributes, List<DerivedFeature> derived,
      SourceColumns columns, String classColumn) {
    List<String> names = new ArrayList<>(attributes);
    List<Integer> derivedIndexes = new ArrayList<>();
    for (DerivedFeature feature : derived) {
      derivedIndexes.add(names.size());
      names.add(feature.label());
    }
    names.add(classColumn);
    boolean booleanClass = columns.types.containsKey(classColumn) && columns.rawType(classColumn).equals("BOOLEAN");
    Map<Integer, List<Object>> nominal = new HashMap<>();
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute attribute = header.attribute(a);
      if (!attribute.isNominal()) {
        continue;
      }
      boolean bool = a < attributes.size() ? columns.rawType(attributes.get(a)).equals("BOOLEAN")
          : a == header.classIndex() && booleanClass;
      List<Object> stored = new ArrayList<>();
      for (int v = 0; v < attribute.numValues(); v++) {
        String label = attribute.value(v);
        boolean other = a < attributes.size() && label.equals(AttributeMap.OTHER) && v == attribute.numValues() - 1
            && NominalDomain.hasOther(attribute);
        stored.add(other ? null : bool ? (Object) Boolean.valueOf(label) : label);
      }
      nominal.put(a, stored);
    }
    return new AttributeMap(names, nominal, derivedIndexes);
  }

  private static Instances fill(
      Instances header, List<String> attributes, List<DerivedFeature> derived, SourceColumns columns,
      ArrowColumns data) {
    int width = header.numAttributes();
    double[][] rows = new double[data.rows()][width];
    for (int a = 0; a < attributes.size(); a++) {
      String column = attributes.get(a);
      if (columns.numeric(column)) {
        fillColumn(rows, a, header.attribute(a), data.numbers(column), null);
      } else {
        fillColumn(rows, a, header.attribute(a), null, data.texts(column));
      }
    }
    for (int d = 0; d < derived.size(); d++) {
      int a = attributes.size() + d;
      String alias = SampleQuery.alias(d);
      if (derived.get(d).numeric()) {
        fillColumn(rows, a, header.attribute(a), data.numbers(alias), null);
      } else {
        fillColumn(rows, a, header.attribute(a), null, data.texts(alias));
      }
    }
    fillColumn(rows, width - 1, header.classAttribute(), null, data.texts(SliceQuery.CLASS));
    double[] weights = data.numbers(SliceQuery.WEIGHT);
    Instances instances = new Instances(header, data.rows());
    for (int r = 0; r < rows.length; r++) {
      instances.add(new DenseInstance(weights[r], rows[r]));
    }
    return instances;
  }

  private static void fillColumn(double[][] rows, int a, Attribute attribute, double[] numbers, List<String> texts) {
    if (numbers != null) {
      for (int r = 0; r < rows.length; r++) {
        rows[r][a] = Double.isNaN(numbers[r]) ? Utils.missingValue() : numbers[r];
      }
      return;
    }
    int other = NominalDomain.hasOther(attribute) ? attribute.numValues() - 1 : -1;
    for (int r = 0; r < rows.length; r++) {
      String text = texts.get(r);
      int index = text == null ? -1 : attribute.indexOfValue(text);
      rows[r][a] = text == null ? Utils.missingValue() : index >= 0 ? index : other;
    }
  }

  /** A seeded split, stratified by class, that keeps the sample's order in both parts. */
  private static Instances[] split(Instances all, MlSettings settings) {
    boolean[] held = new boolean[all.numInstances()];
    Random random = new Random(settings.seed());
    for (int c = 0; c < all.numClasses(); c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < all.numInstances(); i++) {
        if ((int) all.instance(i).classValue() == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      long count = Math.round(members.size() * settings.holdoutFraction());
      for (int k = 0; k < count; k++) {
        held[members.get(k)] = true;
      }
    }
    Instances train = new Instances(all, all.numInstances());
    Instances holdout = new Instances(all, 0);
    for (int i = 0; i < held.length; i++) {
      (held[i] ? holdout : train).add(all.instance(i));
    }
    return new Instances[] {train, holdout};
  }
}
