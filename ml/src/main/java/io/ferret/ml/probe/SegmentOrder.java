package io.ferret.ml.probe;

import io.ferret.ml.Segment;
import java.util.Comparator;

/**
 * Strongest first, then by description and predicates, so equal inputs give equal lists. Strength is the
 * interest weight a segment holds beyond what the overall share predicts, inside.interest − inside.total ×
 * overall share: rows (or mass) explained, so a broad moderate segment can outrank a tiny extreme one.
 */
public final class SegmentOrder {
  private static final Comparator<Segment> ORDER =
      Comparator.comparingDouble(SegmentOrder::strength)
          .reversed()
          .thenComparing(Segment::description)
          .thenComparing(segment -> segment.predicates().toString());

  private SegmentOrder() {}

  public static Comparator<Segment> strongestFirst() {
    return ORDER;
  }

  /** Excess interest weight on the training rows; computed from the segment alone. */
  public static double strength(Segment segment) {
    double total = segment.inside().total() + segment.outside().total();
    double overall = total == 0 ? 0 : (segment.inside().interest() + segment.outside().interest()) / total;
    return segment.inside().interest() - segment.inside().total() * overall;
  }
}
