package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Evidence;
import io.ferret.ml.ProbeStatus;
import java.util.List;
import java.util.Objects;

/**
 * The segments a model proposed that held up on held-out rows, measured in SQL.
 *
 * @param status how the model ended (a model may time out or fail inside a probe that otherwise ran)
 * @param proposed its segments with their numbers and confidence
 * @param detail the model's account: tree size, rules, clusters, how many segments held up
 */
public record ModelOutcome(ProbeStatus status, List<Evidence> proposed, String detail) implements ProbeOutcome {
  public ModelOutcome {
    Objects.requireNonNull(status, "status is null");
    proposed = List.copyOf(proposed);
    Objects.requireNonNull(detail, "detail is null");
  }
}
