package io.ferret.investigator.finding;

import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary sentence of an investigation: the change (or the outcome rate) and its main driver. Confident
 * findings that carry most of the change are said to "mostly explain" it, others to be "associated with" it;
 * it never claims a cause.
 */
public final class Headline {
  private final Metric metric;
  private final DriverRules rules;

  public Headline(Metric metric, DriverRules rules) {
    this.metric = Objects.requireNonNull(metric, "metric is null");
    this.rules = Objects.requireNonNull(rules, "rules is null");
  }

  /**
   * "Revenue fell 17.2%, from 120,345 to 99,612, last week (…) vs the week before (…); the drop is mostly
   * explained by region = EMEA and channel = partner (95% of it)."
   */
  public String change(ChangeSummary change, String comparison, List<RankedFinding> findings) {
    String word = change.absolute() < 0 ? "drop" : change.absolute() > 0 ? "rise" : "change";
    String opening = Statements.capitalized(metric.name()) + " " + movement(change) + ", " + comparison;
    if (findings.isEmpty()) {
      if (change.absolute() == 0) {
        return opening + "; no segment stands out.";
      }
      if (Boolean.FALSE.equals(change.beyondNormalVariation())) {
        return opening + "; that is within normal variation, and no segment stands out.";
      }
      return opening + "; no single segment explains it: the " + word + " is broad-based.";
    }
    Finding top = new Finding(findings.get(0));
    if (top.impact() < 0) {
      // the question named the other direction (see SegmentJudge): what moved that way, hidden by the rest
      String against = change.absolute() < 0 ? "rise" : "fall";
      return opening + (Boolean.FALSE.equals(change.beyondNormalVariation())
          ? "; that is within normal variation overall, but " : "; but ") + top.conditions()
          + " went the other way: a " + against + " of " + NumberText.wholePercent(-top.impact())
          + " the size of the whole " + word + ", offset elsewhere.";
    }
    String lead = Boolean.FALSE.equals(change.beyondNormalVariation())
        ? "; though within normal variation overall, the " : "; the ";
    boolean mostly = top.confidence() >= rules.strongConfidence() && Math.abs(top.impact()) >= rules.mostlyShare();
    String share = NumberText.wholePercent(Math.abs(top.impact())) + " of it"
        + (top.impact() > 1 ? "; the rest " + (change.absolute() < 0 ? "rose" : "fell") : "");
    return opening + lead + word + (mostly ? " is mostly explained by " : " is associated with ") + top.conditions()
        + " (" + share + ").";
  }

  /**
   * "Churn rate is 10.1% overall (30,000 rows), and it is mostly explained by region = EMEA and channel =
   * partner: 60.1% there against 5.0% for the rest, with 52% of all cases."
   */
  public String drivers(Moments total, List<RankedFinding> findings) {
    String opening = Statements.capitalized(metric.name()) + " is " + NumberText.percent(total.ratio())
        + " overall (" + NumberText.count(total.rows()) + " rows)";
    if (findings.isEmpty()) {
      return opening + "; no segment stands out: it is spread evenly.";
    }
    Finding top = new Finding(findings.get(0));
    OutcomeMeasurement outcome = (OutcomeMeasurement) findings.get(0).evidence().measurement();
    double share = outcome.total().n() == 0 ? 0 : outcome.segment().n() / outcome.total().n();
    boolean mostly = top.confidence() >= rules.strongConfidence() && share >= rules.mostlyShare();
    String numbers = NumberText.percent(outcome.score().rate()) + " there against "
        + NumberText.percent(outcome.score().restRate()) + " for the rest";
    return mostly
        ? opening + ", and it is mostly explained by " + top.conditions() + ": " + numbers + ", with "
            + NumberText.wholePercent(share) + " of all cases."
        : opening + "; it is associated with " + top.conditions() + ": " + numbers + ".";
  }

  /** "Revenue by region, 2026-11-09 to 2026-11-15: 4 rows." or, without groups, "Revenue, …: 12,345." */
  public String lookup(List<String> groupBy, String window, List<Map<String, Object>> rows) {
    String where = window == null ? "" : ", " + window;
    if (groupBy.isEmpty() && rows.size() == 1) {
      Object value = rows.get(0).get(metric.name());
      String text = value instanceof Number number ? NumberText.value(metric.kind(), number.doubleValue())
          : String.valueOf(value);
      return Statements.capitalized(metric.name()) + where + ": " + text + ".";
    }
    return Statements.capitalized(metric.name()) + (groupBy.isEmpty() ? "" : " by " + String.join(", ", groupBy))
        + where + ": " + NumberText.count(rows.size()) + (rows.size() == 1 ? " row." : " rows.");
  }

  private String movement(ChangeSummary change) {
    String from = NumberText.value(metric.kind(), change.baseline());
    String to = NumberText.value(metric.kind(), change.current());
    if (change.absolute() == 0) {
      return "held at " + to;
    }
    String verb = Statements.verb(change.absolute());
    if (metric.kind() == MetricKind.RATE) {
      return verb + " from " + from + " to " + to + " (" + (change.absolute() < 0 ? "-" : "+")
          + NumberText.points(change.absolute()) + ")";
    }
    if (change.baseline() == 0 || Double.isNaN(change.relative())) {
      return verb + " from " + from + " to " + to;
    }
    return verb + " " + NumberText.percent(Math.abs(change.relative())) + ", from " + from + " to " + to;
  }

  /** The parts of the top finding the headline names. */
  private record Finding(double confidence, double impact, String conditions) {
    Finding(RankedFinding ranked) {
      this(ranked.finding().confidence(), ranked.finding().impact(),
          SegmentText.conditions(ranked.finding().segment()));
    }
  }
}
