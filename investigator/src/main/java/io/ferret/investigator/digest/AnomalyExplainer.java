package io.ferret.investigator.digest;

import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.TimeWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Explains an anomaly with the same engine as {@code ask}, in its compact form: the day against the same weekday
 * a week earlier, drilled down by the table's dimensions, and its strongest finding said in one sentence.
 */
final class AnomalyExplainer {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

  private final Investigator investigator;
  private final ZoneId zone;

  AnomalyExplainer(Investigator investigator, ZoneId zone) {
    this.investigator = investigator;
    this.zone = zone;
  }

  Anomaly explain(Anomaly anomaly, SemanticLayer layer) {
    LocalDate earlier = anomaly.day().minusWeeks(1);
    TimeWindow baseline = new TimeWindow(earlier.atStartOfDay(zone).toInstant(),
        earlier.plusDays(1).atStartOfDay(zone).toInstant());
    Comparison comparison = new Comparison(anomaly.window(), baseline,
        DAY.format(anomaly.day()) + " vs the same weekday a week earlier (" + DAY.format(earlier) + ")", "");
    Interpretation interpretation = new Interpretation(anomaly.table(), QuestionKind.CHANGE,
        layer.metric(anomaly.metric()).orElseThrow(), anomaly.rose() ? Direction.UP : Direction.DOWN,
        anomaly.segment(), layer.timeColumn(), comparison, List.of(), List.of());
    Investigation investigation = investigator.investigate(interpretation,
        "why did " + anomaly.metric() + " " + (anomaly.rose() ? "rise" : "fall") + " on " + DAY.format(anomaly.day())
            + "?");
    if (investigation.status() == InvestigationStatus.ANSWERED && !investigation.findings().isEmpty()) {
      List<Finding> top = investigation.findings().stream().limit(2).toList();
      return anomaly.explained(top.get(0).statement(), top.stream().map(Finding::segment).toList());
    }
    if (investigation.status() == InvestigationStatus.NO_SIGNIFICANT_DRIVER) {
      return anomaly.explained("No single segment stands out: the change is broad-based.", List.of());
    }
    return anomaly.explained("Not explained: " + (investigation.error() != null ? investigation.error()
        : investigation.summary()), List.of());
  }
}
