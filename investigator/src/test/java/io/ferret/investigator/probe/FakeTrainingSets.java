package io.ferret.investigator.probe;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.Framing;
import io.ferret.ml.ModelRecipe;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TrainingSet;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * A stand-in for the ml module's data path, for tests: the named text columns as nominal attributes, every row
 * (no sampling), weight 1 or the summed column, rows 0–6 of every 10 for training and 7–9 held out. The
 * request's filters are not applied.
 */
public final class FakeTrainingSets implements TrainingSetSource {
  private final Store store;
  private final List<String> columns;

  public FakeTrainingSets(Store store, List<String> columns) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.columns = List.copyOf(columns);
  }

  @Override
  public TrainingSet load(ProbeRequest request) {
    List<Object> parameters = new ArrayList<>();
    String label;
    String weight = "1.0";
    String where = "TRUE";
    List<String> classes;
    int interest;
    if (request.framing() instanceof Framing.Outcome outcome) {
      label = "CASE WHEN " + Sql.quote(outcome.column()) + " = ? THEN 0 ELSE 1 END";
      parameters.add(outcome.interest());
      classes = List.of(String.valueOf(outcome.interest()), "other");
      interest = 0;
    } else {
      Framing.Change change = (Framing.Change) request.framing();
      String time = Sql.quote(change.timeColumn());
      label = "CASE WHEN " + time + " >= ? THEN 1 ELSE 0 END";
      where = time + " >= ? AND " + time + " < ?";
      parameters.add(utc(change.current().from()));
      parameters.add(utc(change.baseline().from()));
      parameters.add(utc(change.current().to()));
      weight = change.weightColumn() == null ? weight : Sql.quote(change.weightColumn());
      classes = List.of("baseline", "current");
      interest = change.interest() == Framing.Period.BASELINE ? 0 : 1;
    }
    String sql = "SELECT " + columns.stream().map(Sql::quote).collect(Collectors.joining(", ")) + ", " + label
        + ", " + weight + " FROM " + Sql.quote(request.table()) + " WHERE " + where + " ORDER BY ALL";
    try {
      return read(request, sql, parameters, classes, interest);
    } catch (SQLException e) {
      throw new IllegalStateException("the fake training set could not be read", e);
    }
  }

  private TrainingSet read(ProbeRequest request, String sql, List<Object> parameters, List<String> classes,
      int interest) throws SQLException {
    Map<Integer, List<Object>> values = new HashMap<>();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      List<Object> distinct = distinct(request.table(), columns.get(i));
      values.put(i, distinct);
      attributes.add(new Attribute(columns.get(i), distinct.stream().map(String::valueOf).toList()));
    }
    attributes.add(new Attribute("class", classes));
    Instances train = new Instances(request.table(), attributes, 0);
    Instances holdout = new Instances(request.table(), attributes, 0);
    train.setClassIndex(columns.size());
    holdout.setClassIndex(columns.size());
    long rows = 0;
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          double[] cells = new double[columns.size() + 1];
          for (int i = 0; i < columns.size(); i++) {
            cells[i] = values.get(i).indexOf(row.getObject(i + 1));
          }
          cells[columns.size()] = row.getInt(columns.size() + 1);
          (rows++ % 10 < 7 ? train : holdout).add(new DenseInstance(row.getDouble(columns.size() + 2), cells));
        }
      }
    }
    List<String> mapped = new ArrayList<>(columns);
    mapped.add("class");
    return new TrainingSet(train, holdout, new AttributeMap(mapped, values, List.of()), interest,
        new ModelRecipe(sql, parameters, null, null, request.settings().seed(), (int) rows, rows, List.of()));
  }

  private List<Object> distinct(String table, String column) throws SQLException {
    List<Object> distinct = new ArrayList<>();
    try (PreparedStatement query = store.connection().prepareStatement("SELECT DISTINCT " + Sql.quote(column)
        + " FROM " + Sql.quote(table) + " WHERE " + Sql.quote(column) + " IS NOT NULL ORDER BY 1");
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        distinct.add(row.getObject(1));
      }
    }
    return distinct;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
