package io.ferret.investigator.probe;

import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.ml.Predicate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
}
