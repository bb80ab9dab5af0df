package io.ferret.bench.accuracy;

import io.ferret.bench.WorkFolder;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs one scenario the way a user would: events to a JSONL file, {@code ferret ingest}'s file ingest into a
 * fresh DuckDB file, then the question through the investigator, asked at the scenario's as-of time.
 */
final class ScenarioRunner {
  private final InvestigatorSettings settings;

  ScenarioRunner(InvestigatorSettings settings) {
    this.settings = settings;
  }

  ScenarioResult run(Scenario scenario, WorkFolder folder) throws IOException {
    String name = "scenario-" + scenario.id();
    Path events = folder.resolve(name + ".jsonl");
    EventWriter.write(scenario, events);
    try (Store store = Store.open(folder.resolve(name + ".duckdb"))) {
      IngestSummary summary = StoreFiles.ingestor(store)
          .ingest(scenario.domain().table(), events, true, ProgressListener.SILENT);
      long started = System.nanoTime();
      Investigation investigation = new Investigator(store, settings).ask(scenario.phrasing().text(),
          new AskOptions(scenario.domain().table(), scenario.asOf()));
      Duration askTime = Duration.ofNanos(System.nanoTime() - started);
      return new ScenarioResult(scenario, investigation, summary.schemaChanges().size(), askTime);
    } finally {
      folder.deleteStartingWith(name + ".");
    }
  }
}
