package io.ferret.investigator.probe;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.semantic.Metric;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the probes of one investigation share: the question, its rows, the table's columns, the settings, and
 * the training rows the models load once. Each probe gets its own connection from {@link #open}.
 */
public final class ProbeSession {
  private final Store store;
  private final Interpretation interpretation;
  private final TableColumns columns;
  private final Scope scope;
  private final DimensionSource dimensions;
  private final SharedTrainingSet trainingSet;
  private final ProbeSettings settings;
  private final boolean countsTrials;

  /**
   * @param trainingSets the models' data path; null when there is none, and the models are skipped
   */
  private ProbeSession(Store store, Interpretation interpretation, TableColumns columns, DimensionSource dimensions,
      TrainingSetSource trainingSets, ProbeSettings settings, Queries queries) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.interpretation = Objects.requireNonNull(interpretation, "interpretation is null");
    this.columns = Objects.requireNonNull(columns, "columns is null");
    this.dimensions = Objects.requireNonNull(dimensions, "dimensions is null");
    this.trainingSet = trainingSets == null ? null : new SharedTrainingSet(trainingSets);
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.scope = Scope.of(interpretation, timeColumn(interpretation, columns));
    this.countsTrials = TrialRows.count(queries, scope, interpretation.metric());
  }

  /** The session of an interpretation, after reading the table's columns; a usage error if it has none. */
  public static ProbeSession create(Store store, Interpretation interpretation, DimensionSource dimensions,
      TrainingSetSource trainingSets, ProbeSettings settings) {
    try (Queries queries = connect(store)) {
      return new ProbeSession(store, interpretation, TableColumns.read(queries, interpretation.table()), dimensions,
          trainingSets, settings, queries);
    }
  }

  /** A probe's context with a connection of its own, for reading in parallel with the other probes. */
  public ProbeContext open() {
    return new ProbeContext(this, connect(store));
  }

  private static Queries connect(Store store) {
    try {
      return new Queries(store.connection().duplicate());
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "cannot open a connection for a probe: " + e.getMessage(), e);
    }
  }

  public Interpretation interpretation() {
    return interpretation;
  }

  public Metric metric() {
    return interpretation.metric();
  }

  public TableColumns columns() {
    return columns;
  }

  public Scope scope() {
    return scope;
  }

  public ProbeSettings settings() {
    return settings;
  }

  /**
   * Whether the metric's rows count trials ({@link TrialRows}), so that a trial is one observation; checked for
   * change questions only.
   */
  boolean countsTrials() {
    return countsTrials;
  }

  Optional<SharedTrainingSet> trainingSet() {
    return Optional.ofNullable(trainingSet);
  }

  /**
   * The dimensions to drill into: the source's, without the columns the question already fixes (the metric's,
   * the time column, columns a filter pins to one value), at most {@link DrillDownSettings#maxDimensions()}, the
   * strongest when there are more.
   */
  DimensionRanking.Ranking dimensions(Queries queries, ScreenSample sample) {
    Set<String> fixed = new HashSet<>();
    Metric metric = metric();
    if (metric.column() != null) {
      fixed.add(metric.column());
    }
    if (metric.denominator() != null) {
      fixed.add(metric.denominator());
    }
    if (interpretation.timeColumn() != null) {
      fixed.add(interpretation.timeColumn());
    }
    for (Predicate filter : interpretation.filters()) {
      if (filter.op() == Operator.EQ) {
        fixed.add(filter.column());
      }
    }
    List<String> candidates = new ArrayList<>();
    for (String dimension : dimensions.dimensions(interpretation.table(), queries)) {
      if (columns.has(dimension) && !fixed.contains(dimension) && !candidates.contains(dimension)) {
        candidates.add(dimension);
      }
    }
    return DimensionRanking.rank(candidates, settings.drillDown().maxDimensions(), this, queries, sample);
  }

  private static TimeColumn timeColumn(Interpretation interpretation, TableColumns columns) {
    String name = interpretation.timeColumn();
    return name == null ? null : new TimeColumn(name, columns.type(name));
  }
}
