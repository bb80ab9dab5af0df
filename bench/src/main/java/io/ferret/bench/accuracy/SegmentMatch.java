package io.ferret.bench.accuracy;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a finding names the planted segment: the same set of conditions. Equality conditions must name the
 * same column and value; a threshold must name the same column, point the same way ({@code <} or {@code <=},
 * {@code >} or {@code >=}) and cut within a tolerance of the planted threshold, since a model splits between
 * two observed values and never exactly at the planted one.
 */
final class SegmentMatch {
  /** How far a found threshold may be from the planted one, as a share of the planted one. */
  static final double THRESHOLD_TOLERANCE = 0.15;
  /** The least tolerance, in the field's units, for thresholds near zero. */
  static final double MIN_TOLERANCE = 1.0;

  private SegmentMatch() {}

  static boolean matches(List<Predicate> planted, List<Predicate> found) {
    return planted.size() == found.size()
        && planted.stream().allMatch(p -> found.stream().anyMatch(f -> same(p, f)));
  }

  private static boolean same(Predicate planted, Predicate found) {
    if (!planted.column().equals(found.column())) {
      return false;
    }
    if (planted.op() == Operator.EQ) {
      return found.op() == Operator.EQ && Objects.equals(String.valueOf(planted.value()),
          String.valueOf(found.value()));
    }
    if (side(planted.op()) == 0 || side(planted.op()) != side(found.op())
        || !(found.value() instanceof Number foundAt)) {
      return false;
    }
    double at = ((Number) planted.value()).doubleValue();
    double tolerance = Math.max(MIN_TOLERANCE, Math.abs(at) * THRESHOLD_TOLERANCE);
    return Math.abs(foundAt.doubleValue() - at) <= tolerance;
  }

  /** -1 for a lower tail, +1 for an upper tail, 0 for anything else. */
  private static int side(Operator op) {
    return switch (op) {
      case LT, LE -> -1;
      case GT, GE -> 1;
      default -> 0;
    };
  }
}
