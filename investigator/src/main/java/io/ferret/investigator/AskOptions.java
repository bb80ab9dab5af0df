package io.ferret.investigator;

import java.time.Instant;

/**
 * Per-question options.
 *
 * @param table the table to ask about; null to let the question pick it
 * @param asOf the time windows are relative to; null for the table's latest event time
 */
public record AskOptions(String table, Instant asOf) {
  /** No table and no as-of time: the question and the data decide. */
  public static AskOptions defaults() {
    return new AskOptions(null, null);
  }
}
