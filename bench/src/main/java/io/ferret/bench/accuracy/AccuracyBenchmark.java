package io.ferret.bench.accuracy;

import io.ferret.bench.WorkFolder;
import io.ferret.investigator.InvestigatorSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ferret bench accuracy}: planted-cause scenarios over six business domains, each ingested from JSONL
 * and asked about in words; prints recall@3 on planted drivers and specificity on null cases.
 */
public final class AccuracyBenchmark {
  private AccuracyBenchmark() {}

  /** Generates, runs and scores the scenarios, printing progress and the report to {@code out}. */
  public static void run(AccuracyOptions options, InvestigatorSettings settings, PrintStream out) {
    List<Scenario> scenarios = new ScenarioGenerator(Domains.all(), options.seed()).generate(options.scenarios());
    out.printf(Locale.ROOT, "Accuracy: %d scenarios from seed %d over %d domains (JSONL -> ingest -> ask)%n",
        scenarios.size(), options.seed(), Domains.all().size());
    ScenarioRunner runner = new ScenarioRunner(settings);
    List<ScenarioResult> results = new ArrayList<>();
    try (WorkFolder folder = WorkFolder.create(options.workParent())) {
      for (Scenario scenario : scenarios) {
        ScenarioResult result = runner.run(scenario, folder);
        results.add(result);
        out.printf(Locale.ROOT, "  #%-3d %-28s %-9s %-5s %5d ms  %s%n", scenario.id(), scenario.domain().name(),
            scenario.kind().isNull() ? "null" : "planted", result.passed() ? "ok" : "MISS",
            result.askTime().toMillis(), scenario.describeTruth());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the accuracy benchmark's files failed", e);
    }
    AccuracyReport.print(results, out);
  }
}
