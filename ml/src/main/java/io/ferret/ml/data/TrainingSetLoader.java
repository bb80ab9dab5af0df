package io.ferret.ml.data;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
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
import weka.core.Instances;

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
    ClassTotals totals = ClassTotals.read(sql, slice);
    droppedWeights(sql, request, slice, exclusions);

    SampleReader.Sample sample =
        SampleReader.read(sql, store.allocator(), slice, columns, candidates, derived, totals, settings);
    ArrowColumns data = sample.data();
    List<String> attributes =
        ColumnScreen.screen(candidates, columns, data, data.texts(SampleQuery.CLASS), exclusions);

    String interest = interest(request.framing());
    Map<String, List<String>> declared = new HashMap<>();
    attributes.stream().filter(columns::enumerated)
        .forEach(column -> declared.put(column, columns.enumValues(sql, request.table(), column)));
    SampleInstances instances =
        new SampleInstances(request.table(), attributes, derived, columns, settings, declared);
    Instances all = instances.build(data, classLabels(sql, request, columns, totals, interest), totals,
        classColumn(request.framing()));
    Instances[] split = split(all, settings);
    int interestClass = Math.max(0, all.classAttribute().indexOfValue(interest));
    ModelRecipe recipe = new ModelRecipe(sample.query().sql(), sample.query().parameters(), null, null,
        settings.seed(), data.rows(), totals.totalRows(), exclusions);
    return new TrainingSet(split[0], split[1], instances.attributeMap(), interestClass, recipe);
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
      if (SourceColumns.TIME_COLUMN.equals(reason) && request.settings().timeFeatures()) {
        for (DerivedFeature feature : DerivedFeature.of(column, columns.rawType(column))) {
          if (columns.has(feature.label()) || wanted.contains(feature.label())) {
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

  /**
   * The class labels: an ENUM outcome's declared values in declared order (as an ARFF header gives them), else
   * the classes found, sorted; the class of interest is always one of them.
   */
  private static List<String> classLabels(SqlRunner sql, ProbeRequest request, SourceColumns columns,
      ClassTotals totals, String interest) {
    List<String> classes = new ArrayList<>(totals.classes());
    if (request.framing() instanceof Framing.Outcome outcome && columns.enumerated(outcome.column())) {
      classes = columns.enumValues(sql, request.table(), outcome.column());
    } else {
      classes.sort(null);
    }
    if (!classes.contains(interest)) {
      classes.add(interest);
      classes.sort(null);
    }
    return classes;
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
