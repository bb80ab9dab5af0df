package io.ferret.investigator.finding;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How two segments (conjunctions of predicates) relate, judged from their predicates alone. */
public final class Segments {
  private Segments() {}

  /** Whether one segment's predicates include the other's, so one segment lies inside the other. */
  public static boolean nested(List<Predicate> first, List<Predicate> second) {
    Set<Predicate> a = Set.copyOf(first);
    Set<Predicate> b = Set.copyOf(second);
    return a.containsAll(b) || b.containsAll(a);
  }

  /** Whether no row can be in both: they pin one column to different values. */
  public static boolean disjoint(List<Predicate> first, List<Predicate> second) {
    for (Predicate a : first) {
      for (Predicate b : second) {
        if (a.column().equals(b.column()) && excludes(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether both segments constrain exactly the same columns. */
  public static boolean sameColumns(List<Predicate> first, List<Predicate> second) {
    return columns(first).equals(columns(second));
  }

  /** The columns a segment constrains. */
  public static Set<String> columns(List<Predicate> segment) {
    return segment.stream().map(Predicate::column).collect(Collectors.toCollection(HashSet::new));
  }

  private static boolean excludes(Predicate a, Predicate b) {
    Set<Object> first = allowed(a);
    Set<Object> second = allowed(b);
    if (first == null || second == null) {
      return false;
    }
    Set<Object> both = new HashSet<>(first);
    both.retainAll(second);
    return both.isEmpty();
  }

  /** The values an EQ or IN predicate allows; null for predicates that allow a range. */
  private static Set<Object> allowed(Predicate predicate) {
    if (predicate.op() == Operator.EQ) {
      return Set.of(predicate.value());
    }
    if (predicate.op() == Operator.IN) {
      return Set.copyOf((List<?>) predicate.value());
    }
    return null;
  }
}
