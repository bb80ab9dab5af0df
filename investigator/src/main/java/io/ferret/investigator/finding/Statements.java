package io.ferret.investigator.finding;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Predicate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One sentence per finding, with its numbers; it says what moved with what, never what caused what. */
public final class Statements {
  /** Relative changes smaller than this read as "held steady". */
  private static final double STEADY = 0.0005;

  private final Metric metric;

  public Statements(Metric metric) {
    this.metric = Objects.requireNonNull(metric, "metric is null");
  }

  /** The sentence for a piece of evidence. */
  public String of(Evidence evidence) {
    Measurement measurement = evidence.measurement();
    if (measurement instanceof OutcomeMeasurement outcome) {
      return outcome(evidence.segment(), outcome);
    }
    ChangeMeasurement change = (ChangeMeasurement) measurement;
    return change.additive() ? additive(evidence.segment(), change) : ratio(evidence.segment(), change);
  }

  /** "EMEA partner orders fell from 1,234 to 412 (-66.6%), 71% of the total drop, while the rest fell 3.1%." */
  private String additive(List<Predicate> segment, ChangeMeasurement change) {
    double before = change.segment().baseline().n();
    double after = change.segment().current().n();
    StringBuilder text = new StringBuilder(capitalized(SegmentText.rowsOf(segment, metric.name())))
        .append(' ').append(verb(after - before)).append(" from ").append(value(before)).append(" to ")
        .append(value(after));
    if (before != 0) {
      text.append(" (").append(NumberText.signedPercent(after / before - 1)).append(')');
    }
    text.append(shareOfChange(change)).append(", while the rest ").append(restMovement(change.rest())).append('.');
    return text.toString();
  }

  /** Mix: the segment's weight moved at a steady rate. Rate: the segment's own rate moved unlike the rest's. */
  private String ratio(List<Predicate> segment, ChangeMeasurement change) {
    PeriodMoments own = change.segment();
    PeriodMoments rest = change.rest();
    String where = "Where " + SegmentText.conditions(segment) + ", ";
    String rise = change.totalChange() < 0 ? "drop" : "rise";
    String share = NumberText.wholePercent(Math.abs(change.impact()));
    if (Math.abs(change.score().mixEffect()) > Math.abs(change.score().rateEffect())) {
      double before = own.baseline().d() / change.total().baseline().d();
      double after = own.current().d() / change.total().current().d();
      return where + "the share of " + denominatorNoun() + " " + verb(after - before) + " from "
          + NumberText.percent(before) + " to " + NumberText.percent(after) + " while " + metric.name()
          + " there went from " + value(own.baseline().ratio()) + " to " + value(own.current().ratio()) + " ("
          + value(rest.both().ratio()) + " elsewhere); this shift in mix accounts for " + share + " of the "
          + rise + " in " + metric.name() + ".";
    }
    return where + metric.name() + " " + verb(own.current().ratio() - own.baseline().ratio()) + " from "
        + value(own.baseline().ratio()) + " to " + value(own.current().ratio()) + " while the rest went from "
        + value(rest.baseline().ratio()) + " to " + value(rest.current().ratio()) + "; this accounts for " + share
        + " of the " + rise + " in " + metric.name() + ".";
  }

  /** "EMEA partner rows have a churn rate of 60.1% against 5.0% for the rest (2,512 rows; 12.0 times …)." */
  private String outcome(List<Predicate> segment, OutcomeMeasurement outcome) {
    OutcomeScore score = outcome.score();
    return capitalized(SegmentText.rowsOf(segment, "rows")) + " have a " + metric.name() + " of "
        + NumberText.percent(score.rate()) + " against " + NumberText.percent(score.restRate())
        + " for the rest (" + NumberText.count(outcome.segment().rows()) + " rows; "
        + NumberText.times(score.lift()) + " times the overall " + NumberText.percent(score.overallRate()) + ").";
  }

  private String shareOfChange(ChangeMeasurement change) {
    double total = change.totalChange();
    if (total == 0) {
      return "";
    }
    String word = total < 0 ? "drop" : "rise";
    if (change.impact() < 0) {
      return ", against the total " + word + " (" + NumberText.wholePercent(-change.impact()) + " of its size)";
    }
    return ", " + NumberText.wholePercent(change.impact()) + " of the total " + word;
  }

  private static String restMovement(PeriodMoments rest) {
    double before = rest.baseline().n();
    double after = rest.current().n();
    if (before == 0) {
      return after == 0 ? "held steady" : "rose from nothing";
    }
    double relative = after / before - 1;
    if (Math.abs(relative) < STEADY) {
      return "held steady";
    }
    return verb(relative) + " " + NumberText.percent(Math.abs(relative));
  }

  private String denominatorNoun() {
    return metric.kind() == MetricKind.RATIO ? metric.denominator() : "rows";
  }

  private String value(double value) {
    return NumberText.value(metric.kind(), value);
  }

  static String verb(double change) {
    return change < 0 ? "fell" : change > 0 ? "rose" : "held";
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
