package io.ferret.investigator.probe;

import io.ferret.investigator.finding.BenjaminiHochberg;
import io.ferret.investigator.finding.DriverRules;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.finding.Measurement;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Deadline;
import io.ferret.ml.Framing;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.Segment;
import io.ferret.ml.TrainingSet;
import io.ferret.ml.probe.ModelProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the ml module's models (J48, JRip, EM) in the change-driver framing (where did the count or sum move
 * between the windows) or the outcome framing (which rows have the outcome). The models train on a sample
 * shared by all three; the segments that hold up on held-out rows are then measured exactly in SQL.
 *
 * <p>Confidence is the holdout test's Benjamini–Hochberg complement times the holdout agreement (how much of the
 * training lift the held-out rows keep). A segment stands alone when the SQL measurement makes it a driver by
 * the drill-down's own rules.
 */
final class ModelDriverProbe implements Probe {
  private final ModelProbe model;

  ModelDriverProbe(ModelProbe model) {
    this.model = Objects.requireNonNull(model, "model is null");
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    ProbeSession session = context.session();
    Optional<String> inapplicable = inapplicable(session);
    if (inapplicable.isPresent()) {
      return new SkippedOutcome(inapplicable.get());
    }
    TrainingSet data = session.trainingSet().orElseThrow().get(() -> request(context), deadline);
    ProbeResult result = model.run(data, deadline);
    if (result.status() != ProbeStatus.OK) {
      return new ModelOutcome(result.status(), List.of(), result.detail());
    }
    List<Segment> segments = result.segments().stream()
        .filter(segment -> segment.predicates().stream().allMatch(p -> session.columns().has(p.column())))
        .toList();
    return new ModelOutcome(ProbeStatus.OK, evidence(context, result, segments),
        result.detail() + "; " + segments.size() + " measured in SQL");
  }

  private Optional<String> inapplicable(ProbeSession session) {
    Metric metric = session.metric();
    if (session.trainingSet().isEmpty()) {
      return Optional.of("no training-set loader is available");
    }
    QuestionKind kind = session.interpretation().kind();
    if (kind == QuestionKind.CHANGE && !metric.kind().additive()) {
      return Optional.of("the models explain where a count or sum moved; " + metric.name() + " is "
          + metric.kind().name().toLowerCase(Locale.ROOT));
    }
    if (kind == QuestionKind.DRIVERS && metric.kind() != MetricKind.RATE) {
      return Optional.of("the models explain an outcome column; " + metric.name() + " is not a rate");
    }
    return Optional.empty();
  }

  private List<Evidence> evidence(ProbeContext context, ProbeResult result, List<Segment> segments) {
    ProbeSession session = context.session();
    DriverRules rules = session.settings().rules();
    SegmentMeasurer.Measured measured = new SegmentMeasurer(context.queries(), session.scope(), session.metric())
        .measure(segments.stream().map(Segment::predicates).toList(), List.of());
    SegmentJudge judge = SegmentJudge.of(session);
    double reference = judge.reference(measured.total());
    List<Measurement> measurements = measured.segments().stream()
        .map(segment -> judge.measure(segment, measured.total())).toList();
    double[] holdout = BenjaminiHochberg.adjust(segments.stream().mapToDouble(Segment::holdoutPValue).toArray());
    double[] exact = BenjaminiHochberg.adjust(measurements.stream().mapToDouble(Measurement::pValue).toArray());
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      double confidence = DriverRules.confidence(holdout[i]) * agreement(segment);
      evidence.add(new Evidence(segment.predicates(), measurements.get(i), confidence, List.of(name()),
          SegmentRecipe.of(result.recipe()), rules.isDriver(measurements.get(i), exact[i], reference)));
    }
    return evidence;
  }

  /** How much of the training lift the held-out rows keep, in [0, 1]. */
  private static double agreement(Segment segment) {
    double training = segment.lift() - 1;
    return training <= 0 ? 0 : Math.max(0, Math.min(1, (segment.holdoutLift() - 1) / training));
  }

  /** The models' data: the question's rows, the class the framing implies, the ml settings. */
  private static ProbeRequest request(ProbeContext context) {
    ProbeSession session = context.session();
    Interpretation interpretation = session.interpretation();
    Metric metric = session.metric();
    Scope scope = session.scope();
    List<Predicate> filters = new ArrayList<>(interpretation.filters());
    Framing framing;
    if (interpretation.kind() == QuestionKind.DRIVERS) {
      framing = new Framing.Outcome(metric.column(), metric.positive());
      if (scope.current() != null) {
        filters.add(new Predicate(scope.time().name(), Operator.GE, scope.time().bind(scope.current().from())));
        filters.add(new Predicate(scope.time().name(), Operator.LT, scope.time().bind(scope.current().to())));
      }
    } else {
      framing = new Framing.Change(scope.time().name(), scope.baseline(), scope.current(),
          metric.kind() == MetricKind.SUM ? metric.column() : null, interest(context));
    }
    return new ProbeRequest(scope.table(), framing, filters, List.of(), session.settings().ml());
  }

  /** Explain where mass was lost for a drop (baseline rows), where it was gained for a rise (current rows). */
  private static Framing.Period interest(ProbeContext context) {
    ProbeSession session = context.session();
    Direction direction = session.interpretation().direction();
    if (direction != Direction.ANY) {
      return direction == Direction.DOWN ? Framing.Period.BASELINE : Framing.Period.CURRENT;
    }
    SegmentMeasurer.Measured totals = new SegmentMeasurer(context.queries(), session.scope(), session.metric())
        .measure(List.of(), List.of());
    return SegmentJudge.of(session).reference(totals.total()) < 0
        ? Framing.Period.BASELINE : Framing.Period.CURRENT;
  }
}
