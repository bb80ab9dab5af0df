package io.ferret.investigator.answer;

import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.ProbeRun;
import io.ferret.investigator.Recipe;
import io.ferret.investigator.SeriesPoint;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built investigations, one per way an investigation ends, with known numbers. */
final class AnswerFixtures {
  static final String QUESTION = "why did enterprise revenue drop last week?";
  static final String HEADLINE = "Revenue fell 17.2%, from 120,345 to 99,612, last week (Nov 9 – Nov 15) vs the"
      + " week before (Nov 2 – Nov 8); the drop is mostly explained by region = EMEA and channel = partner (95% of"
      + " it).";
  static final String TOP_STATEMENT = "EMEA partner revenue fell from 30,000 to 9,000 (-70.0%), 95% of the total"
      + " drop, while the rest fell 1.2%.";
  static final Instant CURRENT_FROM = Instant.parse("2026-11-09T00:00:00Z");
  static final Instant CURRENT_TO = Instant.parse("2026-11-16T00:00:00Z");
  static final Instant BASELINE_FROM = Instant.parse("2026-11-02T00:00:00Z");
  static final Metric REVENUE = new Metric("revenue", MetricKind.SUM, "amount", null, null);
  static final Metric CHURN_RATE = new Metric("churn rate", MetricKind.RATE, "churned", null, true);
  static final Predicate ENTERPRISE = new Predicate("segment", Operator.EQ, "enterprise");

  private AnswerFixtures() {}

  /** A change question answered with four findings, one more than prose shows. */
  static Investigation answeredChange() {
    return change(findings(), HEADLINE);
  }

  /** A change question where no segment stands out. */
  static Investigation noSignificantDriver() {
    return new Investigation(QUESTION, InvestigationStatus.NO_SIGNIFICANT_DRIVER, changeInterpretation(),
        new ChangeSummary(99_612, 120_345, -20_733, -0.1723, false),
        "Revenue fell 17.2%, from 120,345 to 99,612, last week (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov"
            + " 8); that is within normal variation, and no segment stands out.",
        List.of(), List.of("Region: every value fell 15–19%, in line with the total."), List.of(), probes(),
        List.of(), series(), null, null);
  }

  static Investigation needsClarification() {
    return Investigation.needsClarification("what about the flux capacitor?",
        "Ferret could not find a measure in that question. Which do you mean?", List.of("revenue", "orders"));
  }

  static Investigation error() {
    return Investigation.error(QUESTION, "Ferret hit an internal error (error id 1a2b3c4d)");
  }

  /** "revenue by region last week": a lookup answered with a small table. */
  static Investigation lookup() {
    Interpretation interpretation = new Interpretation("orders", QuestionKind.LOOKUP, REVENUE, Direction.ANY,
        List.of(), "ts", comparison(), List.of("region"), List.of());
    List<Map<String, Object>> rows = List.of(row("EMEA", 31_250.5), row("NA", 48_000.0), row(null, 120.0));
    return new Investigation("revenue by region last week", InvestigationStatus.ANSWERED, interpretation, null,
        "Revenue by region, 2026-11-09 to 2026-11-15: 3 rows.", List.of(), List.of(), List.of(),
        List.of(new ProbeRun("lookup", "ok", 35, "3 rows")), rows, List.of(), null, null);
  }

  /** A driver question about a rate metric, whose SQL binds the outcome value. */
  static Investigation drivers() {
    Interpretation interpretation = new Interpretation("customers", QuestionKind.DRIVERS, CHURN_RATE, Direction.ANY,
        List.of(), null, null, List.of(), List.of("'churn' read as churn rate = share of rows where churned = true"));
    Finding finding = new Finding(1, List.of(new Predicate("plan", Operator.IN, List.of("basic", "trial"))),
        "Where plan in basic, trial, churn rate is 31.0% against 5.0% for the rest.", 5.2, 0.999,
        List.of("drilldown"), new Recipe("SELECT 1", List.of(), null, null, null, null, 4_000L));
    return new Investigation("what drives churn?", InvestigationStatus.ANSWERED, interpretation, null,
        "Churn rate is 10.1% overall (30,000 rows); it is associated with plan in basic, trial.", List.of(finding),
        List.of(), List.of(), List.of(new ProbeRun("drilldown", "ok", 80, "12 segments tested")), List.of(),
        List.of(), null, null);
  }

  /**
   * An answered change whose finding, question and caveat carry markup, as hostile stored values could; one
   * segment value tries to break out of an attribute.
   */
  static Investigation hostile() {
    String script = "<script>alert('x')</script>";
    Finding finding = new Finding(1, List.of(new Predicate("region", Operator.EQ, script),
        new Predicate("channel", Operator.EQ, "\"><img src=x onerror=alert(1)>")),
        script + " revenue fell from 10 to 1 | \"quoted\" & more", 0.9, 0.97, List.of("drilldown"),
        new Recipe("SELECT * FROM \"orders\" WHERE \"region\" = ?", List.of(script), null, null, null, null, 3L));
    Investigation base = change(List.of(finding), HEADLINE);
    return new Investigation(script, base.status(), base.interpretation(), base.change(), base.summary(),
        base.findings(), List.of(), List.of("A caveat with <b>bold</b> & a [link](https://example.com)"),
        base.probes(), List.of(), base.series(), null, null);
  }

  /** NaN where a measurement has no value: the relative change of a zero baseline, an unknown impact. */
  static Investigation notANumber() {
    Investigation base = answeredChange();
    Finding first = base.findings().get(0);
    Finding unknown = new Finding(1, first.segment(), first.statement(), Double.NaN, Double.NaN, first.probes(),
        first.recipe());
    return new Investigation(base.question(), base.status(), base.interpretation(),
        new ChangeSummary(5, 0, 5, Double.NaN, null), base.summary(), List.of(unknown), List.of(), List.of(),
        base.probes(), List.of(), List.of(new SeriesPoint(CURRENT_FROM, Double.POSITIVE_INFINITY)), null, null);
  }

  static Interpretation changeInterpretation() {
    return new Interpretation("orders", QuestionKind.CHANGE, REVENUE, Direction.DOWN, List.of(ENTERPRISE), "ts",
        comparison(), List.of(), List.of("'enterprise' read as segment = enterprise"));
  }

  private static Investigation change(List<Finding> findings, String summary) {
    return new Investigation(QUESTION, InvestigationStatus.ANSWERED, changeInterpretation(),
        new ChangeSummary(99_612, 120_345, -20_733, -0.1723, true), summary, findings,
        List.of("Payment method: every value fell 15–18%, in line with the total."),
        List.of("12 rows have no region; they count as their own segment."), probes(), List.of(), series(), null,
        null);
  }

  private static Comparison comparison() {
    return new Comparison(new TimeWindow(CURRENT_FROM, CURRENT_TO), new TimeWindow(BASELINE_FROM, CURRENT_FROM),
        "last week (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov 8)", "last week");
  }

  private static List<Finding> findings() {
    Recipe drillDown = new Recipe("SELECT sum(\"amount\") FROM \"orders\" WHERE \"region\" = ? AND \"channel\" = ?"
        + " AND \"ts\" >= ? AND \"ts\" < ?", List.of("EMEA", "partner", CURRENT_FROM, CURRENT_TO), null, null, null,
        null, 3_120L);
    Recipe model = new Recipe("SELECT * FROM \"orders\" WHERE \"ts\" >= ? AND \"ts\" < ?",
        List.of(BASELINE_FROM, CURRENT_TO), "weka.classifiers.trees.J48", "-C 0.25 -M 2", 42L, 5_000, 30_000L);
    return List.of(
        new Finding(1, List.of(new Predicate("region", Operator.EQ, "EMEA"),
            new Predicate("channel", Operator.EQ, "partner")), TOP_STATEMENT, 0.95, 0.9991,
            List.of("drilldown", "j48"), drillDown),
        new Finding(2, List.of(new Predicate("amount", Operator.GT, 500.0)),
            "Revenue where amount > 500 fell from 40,000 to 31,000 (-22.5%), 43% of the total drop.", 0.43, 0.91,
            List.of("jrip"), model),
        new Finding(3, List.of(new Predicate("channel", Operator.EQ, "web")),
            "Web revenue fell from 50,000 to 47,000 (-6.0%), 14% of the total drop.", 0.14, 0.62,
            List.of("drilldown"), drillDown),
        new Finding(4, List.of(new Predicate("coupon", Operator.NE, "SAVE10")),
            "Revenue where coupon != SAVE10 fell 3.0%, 12% of the total drop.", 0.12, 0.55, List.of("em"), model));
  }

  private static List<ProbeRun> probes() {
    return List.of(new ProbeRun("metric_change", "ok", 120, "measured revenue in both windows"),
        new ProbeRun("drilldown", "ok", 1_340, "tested 48 segments"),
        new ProbeRun("j48", "ok", 2_210, "1 segment held up on held-out rows"),
        new ProbeRun("em", "timeout", 10_000, "ran out of time after 10 s"));
  }

  /** Eight weekly points; the last week is the current window, and it is the lowest. */
  private static List<SeriesPoint> series() {
    List<SeriesPoint> points = new ArrayList<>();
    double[] values = {118_000, 121_500, 119_800, 122_300, 120_900, 123_400, 120_345, 99_612};
    for (int week = 0; week < values.length; week++) {
      points.add(new SeriesPoint(CURRENT_FROM.minus(Duration.ofDays(7L * (values.length - 1 - week))),
          values[week]));
    }
    return points;
  }

  private static Map<String, Object> row(String region, double revenue) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("region", region);
    row.put("revenue", revenue);
    return row;
  }
}
