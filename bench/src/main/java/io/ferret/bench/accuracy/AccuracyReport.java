package io.ferret.bench.accuracy;

import io.ferret.investigator.Finding;
import io.ferret.ml.Predicate;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints recall@3 and null specificity, per domain, per kind of case and overall, then every miss. */
final class AccuracyReport {
  static final double RECALL_TARGET = 0.95;
  static final double SPECIFICITY_TARGET = 0.95;

  private AccuracyReport() {}

  static void print(List<ScenarioResult> results, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "%-30s %16s %18s%n", "", "recall@3", "null specificity");
    section(results, r -> r.scenario().domain().name(), out);
    out.println();
    section(results, AccuracyReport::shape, out);
    out.println();
    section(results, r -> r.scenario().drift().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (r.scenario().drift() == Scenario.Drift.NONE ? " (no drift)" : ""), out);
    out.println();
    line("overall", results, out);
    out.printf(Locale.ROOT, "targets: recall@3 >= %.0f%%, null specificity >= %.0f%% -> %s%n",
        100 * RECALL_TARGET, 100 * SPECIFICITY_TARGET, verdict(results));
    misses(results, out);
  }

  private static void section(List<ScenarioResult> results, Function<ScenarioResult, String> key,
      PrintStream out) {
    Map<String, List<ScenarioResult>> groups = results.stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    groups.forEach((name, group) -> line(name, group, out));
  }

  private static String shape(ScenarioResult result) {
    Scenario scenario = result.scenario();
    if (scenario.kind().isNull()) {
      return scenario.kind() == Scenario.Kind.NOISE_ONLY ? "null: noise only" : "null: uniform change";
    }
    boolean threshold = scenario.planted().stream().anyMatch(p -> p.op() != io.ferret.ml.Operator.EQ);
    return threshold ? "planted: numeric threshold"
        : scenario.planted().size() == 1 ? "planted: one predicate" : "planted: two predicates";
  }

  private static void line(String name, List<ScenarioResult> group, PrintStream out) {
    out.printf(Locale.ROOT, "%-30s %16s %18s%n", name,
        ratio(group.stream().filter(r -> !r.scenario().kind().isNull()).toList(), ScenarioResult::recalled),
        ratio(group.stream().filter(r -> r.scenario().kind().isNull()).toList(), ScenarioResult::specific));
  }

  private static String ratio(List<ScenarioResult> group, java.util.function.Predicate<ScenarioResult> test) {
    if (group.isEmpty()) {
      return "-";
    }
    long passed = group.stream().filter(test).count();
    return String.format(Locale.ROOT, "%5.1f%% (%d/%d)", 100.0 * passed / group.size(), passed, group.size());
  }

  private static String verdict(List<ScenarioResult> results) {
    double recall = share(results.stream().filter(r -> !r.scenario().kind().isNull()).toList());
    double specificity = share(results.stream().filter(r -> r.scenario().kind().isNull()).toList());
    return recall >= RECALL_TARGET && specificity >= SPECIFICITY_TARGET ? "met" : "NOT met";
  }

  private static double share(List<ScenarioResult> group) {
    return group.isEmpty() ? 1 : (double) group.stream().filter(ScenarioResult::passed).count() / group.size();
  }

  private static void misses(List<ScenarioResult> results, PrintStream out) {
    List<ScenarioResult> misses = results.stream().filter(r -> !r.passed()).toList();
    out.println();
    out.println(misses.isEmpty() ? "No misses." : "Misses (" + misses.size() + "):");
    for (ScenarioResult miss : misses) {
      Scenario s = miss.scenario();
      out.printf(Locale.ROOT, "#%d %s: \"%s\" as of %s, %d rows, drift %s%n", s.id(), s.domain().name(),
          s.phrasing().text(), s.asOf(), s.rows(), s.drift().name().toLowerCase(Locale.ROOT));
      out.printf(Locale.ROOT, "   planted: %s (effect %.2f, base rate %.3f%s)%n", s.describeTruth(), s.effect(),
          s.baseRate(), s.scalesValue() ? ", scales values" : "");
      out.printf(Locale.ROOT, "   status %s: %s%n", miss.investigation().status(),
          miss.investigation().summary());
      List<Finding> findings = s.kind().isNull() ? miss.investigation().findings() : miss.top();
      for (Finding finding : findings) {
        out.printf(Locale.ROOT, "   %d. %s  confidence %.2f, impact %.2f, by %s%n", finding.rank(),
            String.join(" and ", finding.segment().stream().map(Predicate::toString).toList()),
            finding.confidence(), finding.impact(), String.join(", ", finding.probes()));
      }
    }
  }
}
