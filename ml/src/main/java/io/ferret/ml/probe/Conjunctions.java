package io.ferret.ml.probe;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tidies a conjunction: repeated predicates go, and bounds on one column keep only the tightest. */
final class Conjunctions {
  private Conjunctions() {}

  /** {@code tenure <= 30 and tenure <= 12} becomes {@code tenure <= 12}; order of first mention is kept. */
  static List<Predicate> simplify(List<Predicate> predicates) {
    Map<Object, Predicate> kept = new LinkedHashMap<>();
    for (Predicate predicate : predicates) {
      Object key = boundKey(predicate);
      Predicate before = kept.get(key);
      kept.put(key, before == null ? predicate : tighter(before, predicate));
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * Whether every row meeting {@code specific} meets {@code general}: each general predicate appears in
   * {@code specific} or is implied by a tighter bound there ({@code tenure <= 2} implies {@code tenure <= 5}).
   */
  static boolean implies(List<Predicate> specific, List<Predicate> general) {
    for (Predicate wanted : general) {
      if (specific.stream().noneMatch(predicate -> implies(predicate, wanted))) {
        return false;
      }
    }
    return true;
  }

  private static boolean implies(Predicate specific, Predicate general) {
    if (specific.equals(general)) {
      return true;
    }
    Object key = boundKey(general);
    if (key instanceof Predicate || !key.equals(boundKey(specific))) {
      return false;
    }
    return tighter(specific, general) == specific;
  }

  private static Object boundKey(Predicate predicate) {
    if (!(predicate.value() instanceof Number)) {
      return predicate;
    }
    return switch (predicate.op()) {
      case LT, LE -> List.of(predicate.column(), "upper");
      case GT, GE -> List.of(predicate.column(), "lower");
      default -> predicate;
    };
  }

  private static Predicate tighter(Predicate first, Predicate second) {
    if (first.equals(second)) {
      return first;
    }
    double a = ((Number) first.value()).doubleValue();
    double b = ((Number) second.value()).doubleValue();
    boolean upper = first.op() == Operator.LT || first.op() == Operator.LE;
    if (a != b) {
      return (upper ? a < b : a > b) ? first : second;
    }
    boolean firstStrict = first.op() == Operator.LT || first.op() == Operator.GT;
    return firstStrict ? first : second;
  }
}
