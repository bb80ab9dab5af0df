package io.ferret.ml.probe;

import io.ferret.ml.MlSettings;
import io.ferret.ml.Predicate;
import io.ferret.ml.Segment;
import io.ferret.ml.TrainingSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the conjunctions a model proposed into segments that hold up, measured in the table's own terms on
 * the training rows and again on the holdout rows, with instance weights throughout.
 *
 * <p>A candidate is kept when all of these hold:
 *
 * <ul>
 *   <li>its training weight is at least {@code minSupport} of the training weight;
 *   <li>its training lift is above 1 (segments explain where the class of interest is over-represented);
 *   <li>its holdout lift is above 1 too, and keeps at least half the training effect: holdoutLift − 1 ≥
 *       (lift − 1) / 2;
 *   <li>its holdout p-value is at most {@code maxPValue} divided by the number of candidates checked
 *       (Bonferroni: a probe proposing fifty paths must not get fifty tries at a lucky holdout).
 * </ul>
 *
 * <p>Candidates that name the {@code other} bucket or a column that is not an attribute are dropped whole:
 * dropping just the predicate would change what the conjunction says.
 */
public final class SegmentChecker {
  private final double minSupport;
  private final double maxPValue;

  public SegmentChecker(MlSettings settings) {
    Objects.requireNonNull(settings, "settings is null");
    this.minSupport = settings.minSupport();
    this.maxPValue = settings.maxPValue();
  }

  public CheckedSegments check(TrainingSet data, String probe, List<Candidate> candidates) {
    Objects.requireNonNull(data, "data is null");
    Objects.requireNonNull(probe, "probe is null");
    List<Candidate> distinct = distinct(candidates);
    List<Candidate> checkable = new ArrayList<>();
    List<List<Condition>> conditions = new ArrayList<>();
    for (Candidate candidate : distinct) {
      compile(candidate, data).ifPresent(compiled -> {
        checkable.add(candidate);
        conditions.add(compiled);
      });
    }
    double threshold = maxPValue / Math.max(1, checkable.size());
    double sampleScale = sampleScale(data);
    List<Segment> heldUp = new ArrayList<>();
    for (int i = 0; i < checkable.size(); i++) {
      SegmentTallies train = SegmentTallies.of(data.train(), conditions.get(i), data.interestClass());
      SegmentTallies holdout = SegmentTallies.of(data.holdout(), conditions.get(i), data.interestClass());
      if (holdsUp(train, holdout, threshold)) {
        heldUp.add(segment(checkable.get(i), probe, train, holdout, sampleScale));
      }
    }
    List<Segment> kept = new ArrayList<>(RedundancyPruner.prune(heldUp));
    kept.sort(SegmentOrder.strongestFirst());
    return new CheckedSegments(kept, distinct.size(), checkable.size(), heldUp.size());
  }

  private boolean holdsUp(SegmentTallies train, SegmentTallies holdout, double threshold) {
    double total = train.totalWeight();
    double lift = train.lift();
    double holdoutLift = holdout.lift();
    return total > 0
        && train.inside().total() / total >= minSupport
        && lift > 1
        && holdoutLift - 1 >= (lift - 1) / 2
        && holdout.pValue() <= threshold;
  }

  private static Segment segment(
      Candidate candidate, String probe, SegmentTallies train, SegmentTallies holdout, double sampleScale) {
    return new Segment(candidate.predicates(), train.inside().rows(), train.inside().total() * sampleScale,
        train.inside().classShare(), train.outside().classShare(), train.lift(), holdout.lift(),
        holdout.pValue(), probe, candidate.description());
  }

  /**
   * Training weight scaled to the whole sample: both parts' weights together estimate the table, so a
   * segment's training weight times (all weight / training weight) estimates its weight in the table.
   */
  private static double sampleScale(TrainingSet data) {
    double train = data.train().sumOfWeights();
    double holdout = data.holdout().sumOfWeights();
    return train > 0 ? (train + holdout) / train : 1;
  }

  /** Simplified candidates, one per distinct predicate set; the first one's description wins. */
  private static List<Candidate> distinct(List<Candidate> candidates) {
    Set<Set<Predicate>> seen = new HashSet<>();
    List<Candidate> distinct = new ArrayList<>();
    for (Candidate candidate : candidates) {
      List<Predicate> predicates = Conjunctions.simplify(candidate.predicates());
      if (!predicates.isEmpty() && seen.add(Set.copyOf(predicates))) {
        boolean plain = candidate.description().equals(Candidate.conjunction(candidate.predicates()));
        distinct.add(plain ? Candidate.of(predicates) : new Candidate(predicates, candidate.description()));
      }
    }
    return distinct;
  }

  private static Optional<List<Condition>> compile(Candidate candidate, TrainingSet data) {
    List<Condition> conditions = new ArrayList<>();
    for (Predicate predicate : candidate.predicates()) {
      Optional<Condition> condition = Condition.compile(predicate, data.train(), data.attributes());
      if (condition.isEmpty()) {
        return Optional.empty();
      }
      conditions.add(condition.get());
    }
    return Optional.of(conditions);
  }
}
