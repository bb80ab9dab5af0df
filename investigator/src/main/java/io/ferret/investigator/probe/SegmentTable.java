package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.finding.SegmentText;
import io.ferret.investigator.finding.Segments;
import io.ferret.ml.Predicate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sums per window of every row in scope and of every segment a drill-down query grouped by.
 *
 * @param total all rows in scope
 * @param segments each segment's sums, keyed by its predicates in dimension order, in a fixed order
 */
record SegmentTable(PeriodMoments total, Map<List<Predicate>, PeriodMoments> segments) {
  SegmentTable {
    Objects.requireNonNull(total, "total is null");
    segments = Collections.unmodifiableMap(segments);
  }

  /** A table with its segments in the fixed order: fewest predicates first, then by their text. */
  static SegmentTable ordered(PeriodMoments total, Map<List<Predicate>, PeriodMoments> segments) {
    Map<List<Predicate>, PeriodMoments> ordered = new LinkedHashMap<>();
    segments.keySet().stream()
        .sorted(Comparator.comparingInt((List<Predicate> segment) -> segment.size())
            .thenComparing(SegmentText::conditions))
        .forEach(segment -> ordered.put(segment, segments.get(segment)));
    return new SegmentTable(total, ordered);
  }

  /** The same table with only the segments on some of {@code columns}. */
  SegmentTable onColumns(Set<String> columns) {
    Map<List<Predicate>, PeriodMoments> kept = new LinkedHashMap<>();
    segments.forEach((segment, sums) -> {
      if (columns.containsAll(Segments.columns(segment))) {
        kept.put(segment, sums);
      }
    });
    return new SegmentTable(total, kept);
  }

  /** This table with the segments of {@code other}, grouped over the same rows, added. */
  SegmentTable with(SegmentTable other) {
    Map<List<Predicate>, PeriodMoments> all = new HashMap<>(segments);
    all.putAll(other.segments());
    return ordered(total, all);
  }

  /**
   * These sums less those of some of the same rows ({@code part}, grouped the same way): the table the other rows
   * would give. A window left with no rows has no sums at all, not rounding residue, and a segment left with no
   * rows is dropped, as grouping the other rows would not form it.
   */
  SegmentTable without(SegmentTable part) {
    Map<List<Predicate>, PeriodMoments> rest = new LinkedHashMap<>();
    segments.forEach((segment, sums) -> {
      PeriodMoments left = less(sums, part.segments().get(segment));
      if (left.rows() > 0) {
        rest.put(segment, left);
      }
    });
    return new SegmentTable(less(total, part.total()), rest);
  }

  private static PeriodMoments less(PeriodMoments sums, PeriodMoments part) {
    return part == null ? sums
        : new PeriodMoments(less(sums.baseline(), part.baseline()), less(sums.current(), part.current()));
  }

  private static Moments less(Moments sums, Moments part) {
    return sums.rows() == part.rows() ? Moments.NONE : sums.minus(part);
  }
}
