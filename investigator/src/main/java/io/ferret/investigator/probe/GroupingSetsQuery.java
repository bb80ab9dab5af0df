package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.finding.SegmentText;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One DuckDB query for every segment of single dimensions, pairs and (when cheap) triples: GROUPING SETS over
 * the rows in scope, each set with the window, each group with the six sums of its rows. Rows whose
 * dimension value is NULL form no segment (a predicate cannot name NULL) but still count in the total.
 */
final class GroupingSetsQuery {
  private static final String GROUPING = "\"__grouping\"";

  private final Scope scope;
  private final Metric metric;
  private final List<String> dimensions;
  private final List<List<Integer>> sets;
  private final SqlFragment rows;

  /**
   * @param depth largest number of dimensions combined in one segment (1 to 3)
   */
  GroupingSetsQuery(Scope scope, Metric metric, List<String> dimensions, int depth) {
    this(scope, metric, dimensions, dimensions, depth, SqlFragment.of("TRUE"));
  }

  /**
   * Single dimensions of {@code dimensions}, and combinations of up to {@code depth} of {@code combined} only.
   *
   * @param combined the dimensions worth combining, a subset of {@code dimensions}
   * @param rows which of the rows in scope it reads ({@link ScreenSample#condition}); no column may be bound in it
   */
  GroupingSetsQuery(Scope scope, Metric metric, List<String> dimensions, List<String> combined, int depth,
      SqlFragment rows) {
    this.scope = Objects.requireNonNull(scope, "scope is null");
    this.rows = Objects.requireNonNull(rows, "rows is null");
    this.metric = Objects.requireNonNull(metric, "metric is null");
    this.dimensions = List.copyOf(dimensions);
    List<Integer> indexes = combined.stream().map(dimensions::indexOf).toList();
    if (indexes.contains(-1)) {
      throw new IllegalArgumentException("combined dimensions " + combined + " are not all among " + dimensions);
    }
    List<List<Integer>> all = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      all.add(List.of(i));
    }
    for (List<Integer> positions : combinations(indexes.size(), depth)) {
      if (positions.size() > 1) {
        all.add(positions.stream().map(indexes::get).sorted().toList());
      }
    }
    this.sets = List.copyOf(all);
  }

  /** How many grouping sets (dimension combinations) the query groups by. */
  int groupingSets() {
    return sets.size();
  }

  /** Runs the query over the rows in scope outside the {@code excluded} segments. */
  SegmentTable run(Queries queries, List<List<Predicate>> excluded) {
    Map<List<Predicate>, Moments[]> segments = new HashMap<>();
    Moments[] total = {Moments.NONE, Moments.NONE};
    queries.forEach(sql(excluded), row -> {
      int period = row.getInt(dimensions.size() + 2);
      Moments moments = MomentsSql.read(row, dimensions.size() + 3);
      List<Predicate> segment = segment(row);
      if (segment != null) {
        Moments[] target = segment.isEmpty() ? total : segments.computeIfAbsent(segment,
            key -> new Moments[] {Moments.NONE, Moments.NONE});
        target[period] = target[period].plus(moments);
      }
    });
    Map<List<Predicate>, PeriodMoments> ordered = new LinkedHashMap<>();
    segments.keySet().stream()
        .sorted(Comparator.comparingInt((List<Predicate> segment) -> segment.size())
            .thenComparing(SegmentText::conditions))
        .forEach(segment -> ordered.put(segment,
            new PeriodMoments(segments.get(segment)[0], segments.get(segment)[1])));
    return new SegmentTable(new PeriodMoments(total[0], total[1]), ordered);
  }

  SqlFragment sql(List<List<Predicate>> excluded) {
    List<SqlFragment> columns = dimensions.stream().map(d -> SqlFragment.of(Sql.quote(d))).toList();
    String grouped = IntStream.range(0, dimensions.size()).mapToObj(ScopedRows::column)
        .collect(Collectors.joining(", "));
    String groupingSets = sets.stream()
        .map(set -> "(" + ScopedRows.PERIOD + set.stream().map(i -> ", " + ScopedRows.column(i))
            .collect(Collectors.joining()) + ")")
        .collect(Collectors.joining(", "));
    return new SqlBuilder().sql("SELECT " + grouped + ", GROUPING(" + grouped + ") AS " + GROUPING + ", "
            + ScopedRows.PERIOD + ", " + MomentsSql.select() + " FROM (")
        .add(ScopedRows.of(scope, metric, columns,
            new SqlBuilder().sql("(").add(PredicateSql.outside(excluded)).sql(") AND ").add(rows).build()))
        .sql(") AS scoped GROUP BY GROUPING SETS ((" + ScopedRows.PERIOD + "), " + groupingSets + ")")
        .build();
  }

  /** The segment of a result row: empty for the total, null when a grouped value is NULL. */
  private List<Predicate> segment(ResultSet row) throws SQLException {
    int grouping = row.getInt(dimensions.size() + 1);
    List<Predicate> segment = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      boolean aggregated = (grouping >> (dimensions.size() - 1 - i) & 1) == 1;
      if (!aggregated) {
        Object value = row.getObject(i + 1);
        if (value == null) {
          return null;
        }
        segment.add(new Predicate(dimensions.get(i), Operator.EQ, ColumnValues.normalized(value)));
      }
    }
    return segment;
  }

  /** Every combination of 1 to {@code depth} of the first {@code count} indexes, smallest first. */
  private static List<List<Integer>> combinations(int count, int depth) {
    List<List<Integer>> all = new ArrayList<>();
    for (int size = 1; size <= Math.min(depth, count); size++) {
      extend(new ArrayList<>(), 0, count, size, all);
    }
    return all;
  }

  private static void extend(List<Integer> prefix, int from, int count, int size, List<List<Integer>> all) {
    if (prefix.size() == size) {
      all.add(List.copyOf(prefix));
      return;
    }
    for (int i = from; i < count; i++) {
      prefix.add(i);
      extend(prefix, i + 1, count, size, all);
      prefix.remove(prefix.size() - 1);
    }
  }
}
