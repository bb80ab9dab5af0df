package io.ferret.bench.accuracy;

import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import java.time.Duration;
import java.util.List;

/**
 * What Ferret answered about one scenario.
 *
 * @param scenario the case
 * @param investigation the answer
 * @param schemaChanges the schema changes ingest made, so drifted scenarios show they really drifted
 * @param askTime how long the question took
 */
record ScenarioResult(Scenario scenario, Investigation investigation, int schemaChanges, Duration askTime) {
  /** How many of the top findings count for recall. */
  static final int TOP = 3;
  /** From this confidence on, a finding on a null scenario is a false alarm. */
  static final double FALSE_ALARM_CONFIDENCE = 0.5;

  /** Planted scenarios: the planted segment is among the top findings. */
  boolean recalled() {
    return top().stream().anyMatch(f -> SegmentMatch.matches(scenario.planted(), f.segment()));
  }

  /** Null scenarios: no finding is confident enough to be taken as a driver. */
  boolean specific() {
    return investigation.findings().stream().noneMatch(f -> f.confidence() >= FALSE_ALARM_CONFIDENCE);
  }

  /** Whether this scenario counts as a success under its own measure. */
  boolean passed() {
    return scenario.kind().isNull() ? specific() : recalled();
  }

  List<Finding> top() {
    return investigation.findings().stream().limit(TOP).toList();
  }
}
