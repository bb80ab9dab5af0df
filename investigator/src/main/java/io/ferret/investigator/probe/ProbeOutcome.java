package io.ferret.investigator.probe;

import io.ferret.ml.ProbeStatus;

/** What a probe found; each kind of probe has its own outcome, and the investigation is assembled from them. */
public sealed interface ProbeOutcome
    permits ChangeOutcome, DrillDownOutcome, ModelOutcome, QualityOutcome, LookupOutcome, SkippedOutcome,
    TimeSeriesOutcome {
  /** One line: what the probe tried, or why it did not. */
  String detail();

  /** How the probe ended: ok unless it says otherwise. */
  default ProbeStatus status() {
    return ProbeStatus.OK;
  }
}
