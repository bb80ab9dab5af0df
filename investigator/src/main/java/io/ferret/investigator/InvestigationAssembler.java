package io.ferret.investigator;

import io.ferret.investigator.finding.DimensionSpread;
import io.ferret.investigator.finding.DriverRules;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.finding.FindingRanker;
import io.ferret.investigator.finding.Headline;
import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.OutcomeMeasurement;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.finding.RankedFinding;
import io.ferret.investigator.finding.RuledOut;
import io.ferret.investigator.finding.Statements;
import io.ferret.investigator.probe.ChangeOutcome;
import io.ferret.investigator.probe.DrillDownOutcome;
import io.ferret.investigator.probe.LookupOutcome;
import io.ferret.investigator.probe.ModelOutcome;
import io.ferret.investigator.probe.ProbeOutcome;
import io.ferret.investigator.probe.ProbeReport;
import io.ferret.investigator.probe.QualityOutcome;
import io.ferret.investigator.probe.TimeSeriesOutcome;
import io.ferret.investigator.question.Interpretation;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.TimeWindow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds an investigation from its probes' reports: ranked findings, the headline, what was ruled out, caveats. */
final class InvestigationAssembler {
  private static final Logger LOG = LoggerFactory.getLogger(InvestigationAssembler.class);
  private static final Map<String, String> MODEL_NAMES = Map.of("j48", "J48", "jrip", "JRip", "em", "EM");

  private final DriverRules rules;
  private final ZoneId zone;

  InvestigationAssembler(DriverRules rules, ZoneId zone) {
    this.rules = Objects.requireNonNull(rules, "rules is null");
    this.zone = Objects.requireNonNull(zone, "zone is null");
  }

  /**
   * @param proposed the models' evidence, checked against the drill-down's drivers
   */
  Investigation assemble(String question, Interpretation interpretation, List<ProbeReport> reports,
      List<Evidence> proposed) {
    Reports found = new Reports(reports);
    List<ProbeRun> runs = reports.stream().map(ProbeReport::run).toList();
    List<String> caveats = new ArrayList<>();
    found.first(QualityOutcome.class).ifPresent(quality -> caveats.addAll(quality.caveats()));
    reports.stream().map(ProbeReport::run)
        .filter(run -> run.status().equals(ProbeStatus.TIMEOUT.jsonName())
            || run.status().equals(ProbeStatus.FAILED.jsonName()))
        .forEach(run -> caveats.add("The " + run.name() + " probe " + (run.status().equals("timeout")
            ? "ran out of time" : "failed") + ", so the answer rests on the other probes."));
    return switch (interpretation.kind()) {
      case LOOKUP -> lookup(question, interpretation, found, runs, caveats);
      case CHANGE -> change(question, interpretation, found, proposed, runs, caveats);
      case DRIVERS -> drivers(question, interpretation, found, proposed, runs, caveats);
    };
  }

  private Investigation lookup(String question, Interpretation interpretation, Reports found, List<ProbeRun> runs,
      List<String> caveats) {
    Optional<LookupOutcome> lookup = found.first(LookupOutcome.class);
    if (lookup.isEmpty()) {
      return unanswered(question, interpretation, runs, caveats, "look up");
    }
    String window = interpretation.comparison() == null ? null : days(interpretation.comparison().current());
    String summary = new Headline(interpretation.metric(), rules)
        .lookup(interpretation.groupBy(), window, lookup.get().rows());
    return new Investigation(question, InvestigationStatus.ANSWERED, interpretation, null, summary, List.of(),
        List.of(), caveats, runs, lookup.get().rows(), List.of(), null, null);
  }

  private Investigation change(String question, Interpretation interpretation, Reports found,
      List<Evidence> proposed, List<ProbeRun> runs, List<String> caveats) {
    Optional<DrillDownOutcome> drillDown = found.first(DrillDownOutcome.class);
    Optional<ChangeOutcome> measured = found.first(ChangeOutcome.class);
    Optional<ChangeSummary> change = measured.map(ChangeOutcome::change)
        .or(() -> drillDown.map(outcome -> summary(outcome.total(), interpretation)));
    if (change.isEmpty()) {
      return unanswered(question, interpretation, runs, caveats, "measure " + interpretation.metric().name() + " in");
    }
    List<RankedFinding> ranked = rank(interpretation, drillDown, proposed);
    // the series' shape (spike, shift, trend) is context for the headline, so it follows it in the summary
    String summary = new Headline(interpretation.metric(), rules)
        .change(change.get(), interpretation.comparison().description(), ranked)
        + found.first(TimeSeriesOutcome.class).flatMap(TimeSeriesOutcome::sentence).map(" "::concat).orElse("");
    return new Investigation(question, status(ranked), interpretation, change.get(), summary, findings(ranked),
        ruledOut(interpretation, found, drillDown, ranked), caveats, runs, List.of(),
        measured.map(ChangeOutcome::series).orElse(List.of()), null, null);
  }

  private Investigation drivers(String question, Interpretation interpretation, Reports found,
      List<Evidence> proposed, List<ProbeRun> runs, List<String> caveats) {
    Optional<DrillDownOutcome> drillDown = found.first(DrillDownOutcome.class);
    Optional<Moments> total = drillDown.map(outcome -> outcome.total().current())
        .or(() -> proposed.stream().map(Evidence::measurement).filter(OutcomeMeasurement.class::isInstance)
            .map(measurement -> ((OutcomeMeasurement) measurement).total()).findFirst());
    if (total.isEmpty()) {
      return unanswered(question, interpretation, runs, caveats, "measure " + interpretation.metric().name() + " in");
    }
    List<RankedFinding> ranked = rank(interpretation, drillDown, proposed);
    String summary = new Headline(interpretation.metric(), rules).drivers(total.get(), ranked);
    return new Investigation(question, status(ranked), interpretation, null, summary, findings(ranked),
        ruledOut(interpretation, found, drillDown, ranked), caveats, runs, List.of(), List.of(), null, null);
  }

  private List<RankedFinding> rank(Interpretation interpretation, Optional<DrillDownOutcome> drillDown,
      List<Evidence> proposed) {
    return new FindingRanker(rules, new Statements(interpretation.metric()))
        .rank(drillDown.map(DrillDownOutcome::selected).orElse(List.of()), proposed);
  }

  private static List<String> ruledOut(Interpretation interpretation, Reports found,
      Optional<DrillDownOutcome> drillDown, List<RankedFinding> ranked) {
    RuledOut ruledOut = new RuledOut(interpretation.metric());
    List<String> sentences = new ArrayList<>();
    for (DimensionSpread spread : drillDown.map(DrillDownOutcome::spreads).orElse(List.of())) {
      sentences.add(ruledOut.dimension(spread, !ranked.isEmpty()));
    }
    List<String> emptyModels = found.all(ModelOutcome.class).stream()
        .filter(model -> model.status() == ProbeStatus.OK && model.proposed().isEmpty())
        .map(model -> found.nameOf(model)).map(name -> MODEL_NAMES.getOrDefault(name, name)).toList();
    if (!emptyModels.isEmpty()) {
      sentences.add(RuledOut.models(emptyModels));
    }
    return sentences;
  }

  /** An error investigation that still lists its probes, for when the probe the answer needs did not report. */
  private static Investigation unanswered(String question, Interpretation interpretation, List<ProbeRun> runs,
      List<String> caveats, String what) {
    String id = ErrorIds.next();
    String why = runs.stream().filter(run -> !run.status().equals(ProbeStatus.OK.jsonName()))
        .map(run -> run.name() + " " + run.status() + ": " + run.detail()).findFirst().orElse("no probe reported");
    LOG.warn("investigation {} of \"{}\" got no answer: {}", id, question, why);
    String message = "Ferret could not " + what + " " + interpretation.table() + " (" + why + "; error id " + id + ")";
    return new Investigation(question, InvestigationStatus.ERROR, interpretation, null, message, List.of(), List.of(),
        caveats, runs, List.of(), List.of(), null, message);
  }

  private static InvestigationStatus status(List<RankedFinding> ranked) {
    return ranked.isEmpty() ? InvestigationStatus.NO_SIGNIFICANT_DRIVER : InvestigationStatus.ANSWERED;
  }

  private static List<Finding> findings(List<RankedFinding> ranked) {
    return ranked.stream().map(RankedFinding::finding).toList();
  }

  /** The change from the drill-down's totals, when the metric_change probe did not report. */
  private static ChangeSummary summary(PeriodMoments total, Interpretation interpretation) {
    boolean additive = interpretation.metric().kind().additive();
    double current = total.current().value(additive);
    double baseline = total.baseline().value(additive);
    return new ChangeSummary(current, baseline, current - baseline,
        baseline == 0 ? Double.NaN : current / baseline - 1, null);
  }

  /** "2026-11-09 to 2026-11-15": the window's first and last day. */
  private String days(TimeWindow window) {
    return window.from().atZone(zone).toLocalDate() + " to " + window.to().minusNanos(1).atZone(zone).toLocalDate();
  }

  /** The outcomes of the reports, by kind, with the probe that reported each. */
  private static final class Reports {
    private final List<ProbeReport> reports;

    Reports(List<ProbeReport> reports) {
      this.reports = List.copyOf(reports);
    }

    <T extends ProbeOutcome> Optional<T> first(Class<T> kind) {
      return all(kind).stream().findFirst();
    }

    <T extends ProbeOutcome> List<T> all(Class<T> kind) {
      return reports.stream().map(ProbeReport::outcome).filter(kind::isInstance).map(kind::cast).toList();
    }

    String nameOf(ProbeOutcome outcome) {
      return reports.stream().filter(report -> report.outcome() == outcome).findFirst().orElseThrow().run().name();
    }
  }
}
