package io.ferret.investigator.probe;

import io.ferret.investigator.finding.ChangeMeasurement;
import io.ferret.investigator.finding.Measurement;
import io.ferret.investigator.finding.OutcomeMeasurement;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.finding.SpreadKind;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.MetricKind;

/**
 * How segments are measured for a question: a change question compares each segment's change with the rest's,
 * a driver question its outcome rate with the rest's.
 */
final class SegmentJudge {
  private final boolean outcome;
  private final MetricKind kind;
  private final Direction direction;
  private final boolean trials;

  private SegmentJudge(boolean outcome, MetricKind kind, Direction direction, boolean trials) {
    this.outcome = outcome;
    this.kind = kind;
    this.direction = direction;
    this.trials = trials;
  }

  static SegmentJudge of(ProbeSession session) {
    Interpretation interpretation = session.interpretation();
    return new SegmentJudge(interpretation.kind() != QuestionKind.CHANGE, interpretation.metric().kind(),
        interpretation.direction(), session.countsTrials());
  }

  /** Scores a segment; a change in a metric whose rows count trials is judged trial by trial. */
  Measurement measure(PeriodMoments segment, PeriodMoments total) {
    if (outcome) {
      return OutcomeMeasurement.of(segment.current(), total.current());
    }
    return trials ? ChangeMeasurement.of(segment.asTrials(), total.asTrials(), kind.additive())
        : ChangeMeasurement.of(segment, total, kind.additive());
  }

  /**
   * The change the question is about, which a driver must be a material part of; 0 for driver questions. That is
   * the total change, unless the question names a direction and the total moved the other way: then its size in
   * the named direction. "Why is ARR lower?" when ARR rose 0.7% still asks what fell: a segment that lost half
   * its ARR while growth elsewhere hid it is the answer, and the headline says that ARR in fact rose.
   */
  double reference(PeriodMoments total) {
    return outcome ? 0 : asked(total.current().value(kind.additive()) - total.baseline().value(kind.additive()));
  }

  /** A total change in the direction the question names, as {@link #reference} explains. */
  double asked(double change) {
    double asked = switch (direction) {
      case DOWN -> -1;
      case UP -> 1;
      case ANY -> Math.signum(change);
    };
    return asked * Math.abs(change);
  }

  SpreadKind spreadKind() {
    return outcome ? SpreadKind.RATE : kind == MetricKind.RATE ? SpreadKind.POINT_CHANGE : SpreadKind.RELATIVE_CHANGE;
  }

  /** What a value of a dimension contributes to a spread: its rate, its change in points, or its relative change. */
  double spreadValue(PeriodMoments value) {
    return switch (spreadKind()) {
      case RATE -> value.current().ratio();
      case POINT_CHANGE -> value.current().ratio() - value.baseline().ratio();
      case RELATIVE_CHANGE -> value.current().value(kind.additive()) / value.baseline().value(kind.additive()) - 1;
    };
  }
}
