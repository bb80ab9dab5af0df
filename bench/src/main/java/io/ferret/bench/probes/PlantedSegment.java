package io.ferret.bench.probes;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.BenchTable;
import io.ferret.ml.Operator;
import io.ferret.ml.Segment;
import io.ferret.store.Store;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The planted driver of {@link BenchTable}, and whether a probe's segments name it. */
final class PlantedSegment {
  static final String DESCRIPTION = "category = electronics and channel = online (returned 35% vs 6%)";
  /** The share of the planted rows a segment must keep besides naming both conditions. */
  static final double MIN_COVERAGE = 0.8;

  private PlantedSegment() {}

  static long rows(Store store) {
    try (Statement sql = store.connection().createStatement();
        ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + BenchTable.NAME
            + " WHERE category = 'electronics' AND channel = 'online'")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "cannot count the planted rows: " + e.getMessage(), e);
    }
  }

  /**
   * Whether a segment names both planted conditions and, by its weight (rows scaled back to the table), keeps
   * at least {@value #MIN_COVERAGE} of the planted rows: a further condition that cuts it down is not it.
   */
  static boolean foundIn(List<Segment> segments, long plantedRows) {
    return segments.stream().anyMatch(segment -> names(segment, "category", "electronics")
        && names(segment, "channel", "online") && segment.weight() >= MIN_COVERAGE * plantedRows);
  }

  private static boolean names(Segment segment, String column, String value) {
    return segment.predicates().stream().anyMatch(predicate -> predicate.column().equals(column)
        && predicate.op() == Operator.EQ && value.equals(predicate.value()));
  }
}
