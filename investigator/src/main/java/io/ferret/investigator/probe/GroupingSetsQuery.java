package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
  private final SegmentTable singles;

  /**
   * @param depth largest number of dimensions combined in one segment (1 to 3)
   */
  GroupingSetsQuery(Scope scope, Metric metric, List<String> dimensions, int depth) {
    this(scope, metric, dimensions, dimensions, depth, SqlFragment.of("TRUE"), null);
  }

  /**
   * Single dimensions of {@code dimensions}, and combinations of up to {@code depth} of {@code combined} only.
   *
   * @param combined the dimensions worth combining, a subset of {@code dimensions}
   * @param rows which of the rows in scope it reads ({@link ScreenSample#condition}); no column may be bound in it
   * @param singles the single-value segments of {@code dimensions} already grouped over the same rows
   *     ({@link DimensionRanking}), which {@link #run} then takes rather than grouping them again; or null
   */
  GroupingSetsQuery(Scope scope, Metric metric, List<String> dimensions, List<String> combined, int depth,
      SqlFragment rows, SegmentTable singles) {
    this.scope = Objects.requireNonNull(scope, "scope is null");
    this.rows = Objects.requireNonNull(rows, "rows is null");
    this.singles = singles;
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

  /** Runs the query over every row in scope. */
  SegmentTable run(Queries queries) {
    // DuckDB spends about as long setting up each grouping set as grouping a hundred thousand rows in it
    return singles == null ? run(queries, SqlFragment.of("TRUE"), sets)
        : run(queries, SqlFragment.of("TRUE"), sets.stream().filter(set -> set.size() > 1).toList()).with(singles);
  }

  /**
   * Runs the query over the rows in scope outside the {@code excluded} segments, given its result over every row
   * in scope: as that result less the rows inside them. Those are usually a small part of the rows, and grouping
   * them is much cheaper than grouping the rest again.
   */
  SegmentTable runOutside(Queries queries, SegmentTable all, List<List<Predicate>> excluded) {
    return excluded.isEmpty() ? all : all.without(run(queries, PredicateSql.inside(excluded), sets));
  }

  /** The query over the rows in scope that meet {@code condition} and the query's own row condition. */
  SqlFragment sql(SqlFragment condition) {
    return new Grouping(sets).sql(condition);
  }

  private SegmentTable run(Queries queries, SqlFragment condition, List<List<Integer>> groupedSets) {
    Grouping grouping = new Grouping(groupedSets);
    int width = grouping.columns().size();
    Map<List<Predicate>, Moments[]> segments = new HashMap<>();
    Moments[] total = {Moments.NONE, Moments.NONE};
    queries.forEach(grouping.sql(condition), row -> {
      int period = row.getInt(width + 2);
      Moments moments = MomentsSql.read(row, width + 3);
      List<Predicate> segment = grouping.segment(row);
      if (segment != null) {
        Moments[] target = segment.isEmpty() ? total : segments.computeIfAbsent(segment,
            key -> new Moments[] {Moments.NONE, Moments.NONE});
        target[period] = target[period].plus(moments);
      }
    });
    Map<List<Predicate>, PeriodMoments> sums = new HashMap<>();
    segments.forEach((segment, periods) -> sums.put(segment, new PeriodMoments(periods[0], periods[1])));
    return SegmentTable.ordered(new PeriodMoments(total[0], total[1]), sums);
  }

  /**
   * Some of the grouping sets, over the dimensions they use only (DuckDB's GROUPING() takes grouped columns
   * alone): the query's {@code i}-th column is dimension {@code columns.get(i)}.
   */
  private final class Grouping {
    private final List<List<Integer>> groupedSets;
    private final List<Integer> columns;

    Grouping(List<List<Integer>> groupedSets) {
      this.groupedSets = groupedSets;
      this.columns = groupedSets.stream().flatMap(List::stream).distinct().sorted().toList();
    }

    List<Integer> columns() {
      return columns;
    }

    SqlFragment sql(SqlFragment condition) {
      List<SqlFragment> selected = columns.stream().map(i -> SqlFragment.of(Sql.quote(dimensions.get(i)))).toList();
      String grouped = IntStream.range(0, columns.size()).mapToObj(ScopedRows::column)
          .collect(Collectors.joining(", "));
      String groupingSets = Stream.concat(Stream.of(List.<Integer>of()), groupedSets.stream())
          .map(set -> "(" + ScopedRows.PERIOD + set.stream().map(i -> ", " + ScopedRows.column(columns.indexOf(i)))
              .collect(Collectors.joining()) + ")")
          .collect(Collectors.joining(", "));
      return new SqlBuilder().sql("SELECT " + grouped + ", GROUPING(" + grouped + ") AS " + GROUPING + ", "
              + ScopedRows.PERIOD + ", " + MomentsSql.select() + " FROM (")
          .add(ScopedRows.of(scope, metric, selected,
              new SqlBuilder().sql("(").add(condition).sql(") AND ").add(rows).build()))
          .sql(") AS scoped GROUP BY GROUPING SETS (" + groupingSets + ")")
          .build();
    }

    /** The segment of a result row: empty for the total, null when a grouped value is NULL. */
    List<Predicate> segment(ResultSet row) throws SQLException {
      int grouping = row.getInt(columns.size() + 1);
      List<Predicate> segment = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        boolean aggregated = (grouping >> (columns.size() - 1 - i) & 1) == 1;
        if (!aggregated) {
          Object value = row.getObject(i + 1);
          if (value == null) {
            return null;
          }
          segment.add(new Predicate(dimensions.get(columns.get(i)), Operator.EQ, ColumnValues.normalized(value)));
        }
      }
      return segment;
    }
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
