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
    List<String> candidates = candidates(request, columns, store, exclusions);

    Map<String, Long> classCounts = new LinkedHashMap<>();
    List<Object> countParameters = new ArrayList<>(slice.classParameters());
    countParameters.addAll(slice.whereParameters());
    sql.rows("SELECT " + slice.classSql() + " AS c, count(*)" + slice.from() + " GROUP BY c ORDER BY c",
        countParameters, row -> classCounts.put(row.getString(1), row.getLong(2)));
    long tableRows = classCounts.values().stream().mapToLong(Long::longValue).sum();
    List<String> attributes = new ColumnScreen(sql, slice).screen(candidates, columns, exclusions, tableRows);

    SampleQuery sample = new SampleQuery(slice, attributes, settings);
    List<String> names = new ArrayList<>(attributes);
    names.add(SliceQuery.CLASS);
    names.add(SliceQuery.WEIGHT);
    List<Boolean> numeric = new ArrayList<>(attributes.stream().map(columns::numeric).toList());
    numeric.add(false);
    numeric.add(true);
    ArrowColumns data = ArrowColumns.read(sql, sample.sql(), sample.parameters(), store.allocator(), names, numeric);

    String interest = interest(request.framing());
    Instances header = header(request, attributes, columns, data, classCounts, settings, interest);
    AttributeMap map = attributeMap(header, attributes, columns, classColumn(request.framing()));
    Instances all = fill(header, attributes, columns, data);
    Instances[] split = split(all, settings);
    int interestClass = Math.max(0, header.classAttribute().indexOfValue(interest));
    ModelRecipe recipe = new ModelRecipe(sample.sql(), sample.parameters(), null, null, settings.seed(), data.rows(),
        tableRows, exclusions);
    return new TrainingSet(split[0], split[1], map, interestClass, recipe);
  }

  private static List<String> candidates(
      ProbeRequest request, SourceColumns columns, Store store, List<Exclusion> exclusions) {
    List<String> wanted = request.columns().isEmpty() ? columns.names() : request.columns();
    List<String> reserved = reserved(request.framing());
    List<String> candidates = new ArrayList<>();
    for (String column : wanted) {
      columns.require(column, "attribute");
      if (reserved.contains(column)) {
        exclusions.add(new Exclusion(column, request.framing() instanceof Framing.Outcome
            ? "leaks the target: it is the outcome itself"
            : "defines the class: the period or its weight"));
        continue;
      }
      String reason = columns.unusable(column, store.schema(request.table()));
      if (reason == null) {
        candidates.add(column);
      } else {
        exclusions.add(new Exclusion(column, reason));
      }
    }
    return candidates;
  }

  private static List<String> reserved(Framing framing) {
    if (framing instanceof Framing.Outcome outcome) {
      return List.of(outcome.column());
    }
    Framing.Change change = (Framing.Change) framing;
    List<String> reserved = new ArrayList<>(List.of(change.timeColumn()));
    if (change.weightColumn() != null) {
      reserved.add(change.weightColumn());
    }
    return reserved;
  }

  private static String classColumn(Framing framing) {
    return framing instanceof Framing.Outcome outcome ? outcome.column() : "_period";
  }

  private static String interest(Framing framing) {
    return framing instanceof Framing.Outcome outcome
        ? String.valueOf(outcome.interest())
        : ((Framing.Change) framing).interest().name();
  }

  private static Instances header(ProbeRequest request, List<String> attributes, SourceColumns columns,
      ArrowColumns data, Map<String, Long> classCounts, MlSettings settings, String interest) {
    ArrayList<Attribute> list = new ArrayList<>();
    for (String column : attributes) {
      list.add(columns.numeric(column)
          ? new Attribute(column)
          : new Attribute(column, NominalDomain.of(data.texts(column), settings.nominalTopK()).labels()));
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

  private static AttributeMap attributeMap(
      Instances header, List<String> attributes, SourceColumns columns, String classColumn) {
    List<String> names = new ArrayList<>(attributes);
    names.add(classColumn);
    Map<Integer, List<Object>> nominal = new HashMap<>();
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute attribute = header.attribute(a);
      if (!attribute.isNominal()) {
        continue;
      }
      boolean bool = a < attributes.size() && columns.rawType(attributes.get(a)).equals("BOOLEAN");
      List<Object> stored = new ArrayList<>();
      for (int v = 0; v < attribute.numValues(); v++) {
        String label = attribute.value(v);
        boolean other = a < attributes.size() && label.equals(AttributeMap.OTHER) && v == attribute.numValues() - 1
            && NominalDomain.hasOther(attribute);
        stored.add(other ? null : bool ? (Object) Boolean.valueOf(label) : label);
      }
      nominal.put(a, stored);
    }
    return new AttributeMap(names, nominal, List.of());
  }

  private static Instances fill(Instances header, List<String> attributes, SourceColumns columns, ArrowColumns data) {
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
