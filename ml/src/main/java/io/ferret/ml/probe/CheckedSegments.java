package io.ferret.ml.probe;

import io.ferret.ml.Segment;
import java.util.List;

/**
 * The outcome of checking a probe's candidates.
 *
 * @param segments the segments that held up, redundant ones pruned, strongest first
 * @param proposed distinct conjunctions the model proposed
 * @param checkable those that could be checked (no {@code other} bucket, every column an attribute)
 * @param heldUp those that passed the support and holdout checks, before pruning
 */
public record CheckedSegments(List<Segment> segments, int proposed, int checkable, int heldUp) {
  public CheckedSegments {
    segments = List.copyOf(segments);
  }

  /** One clause for a probe's detail line. */
  public String summary() {
    return proposed + " candidates, " + checkable + " checkable, " + heldUp + " held up on holdout, "
        + segments.size() + " kept after pruning";
  }
}
