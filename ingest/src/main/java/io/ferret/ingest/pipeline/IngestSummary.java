package io.ferret.ingest.pipeline;

import io.ferret.schema.SchemaChange;
import java.time.Duration;
import java.util.List;

/**
 * The result of ingesting one file.
 *
 * @param skippedAsDuplicate true when the same content was already ingested and nothing was read
 * @param blankLines lines that held nothing (not events, not rejects); read = accepted + rejected + blank
 */
public record IngestSummary(
    String table,
    String source,
    long accepted,
    long rejected,
    long blankLines,
    List<SchemaChange> schemaChanges,
    int schemaVersion,
    Duration elapsed,
    long bytesRead,
    boolean skippedAsDuplicate) {

  public long read() {
    return accepted + rejected + blankLines;
  }

  /** Events read per second (accepted and rejected). */
  public double rowsPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return (accepted + rejected) / seconds;
  }
}
