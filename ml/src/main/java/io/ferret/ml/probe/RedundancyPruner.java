package io.ferret.ml.probe;

import io.ferret.ml.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Drops an extension of a kept segment unless its lift is more than 10% higher, on the training rows and again
 * on the holdout rows (so an extension that is sharper only by overfitting goes): an extra or tighter condition
 * that does not sharpen the segment says the same thing in more words about fewer rows. An extension is a
 * different conjunction that implies the kept one: it adds predicates ({@code region = EMEA and channel =
 * partner} extends {@code region = EMEA}) or tightens a bound ({@code tenure <= 2 and plan = pro} extends
 * {@code tenure <= 5}), as a tree path's descendants do. This is a little broader than "similar lift and
 * similar support": a sub-segment with the same lift but less support adds nothing either.
 */
final class RedundancyPruner {
  static final double SHARPER = 1.1;

  private RedundancyPruner() {}

  static List<Segment> prune(List<Segment> segments) {
    List<Segment> shortestFirst = new ArrayList<>(segments);
    // a conjunction's extensions have at least as many predicates and no more weight, so they come later
    shortestFirst.sort(Comparator.comparingInt((Segment segment) -> segment.predicates().size())
        .thenComparing(Comparator.comparingDouble(Segment::weight).reversed())
        .thenComparing(SegmentOrder.strongestFirst()));
    List<Segment> kept = new ArrayList<>();
    for (Segment segment : shortestFirst) {
      if (kept.stream().noneMatch(general -> isDullExtension(segment, general))) {
        kept.add(segment);
      }
    }
    return kept;
  }

  private static boolean isDullExtension(Segment specific, Segment general) {
    return !Set.copyOf(specific.predicates()).equals(Set.copyOf(general.predicates()))
        && Conjunctions.implies(specific.predicates(), general.predicates())
        && !isSharper(specific, general);
  }

  private static boolean isSharper(Segment specific, Segment general) {
    return specific.lift() > SHARPER * general.lift()
        && specific.holdoutLift() > SHARPER * general.holdoutLift();
  }
}
