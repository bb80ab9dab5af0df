package io.ferret.cli.ingest;

import io.ferret.cli.text.Numbers;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.schema.SchemaChange;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** Prints what ingesting files did: per file and, for several files, in total. */
public final class IngestReport {
  private IngestReport() {}

  public static void printFile(IngestSummary summary, PrintWriter out) {
    if (summary.skippedAsDuplicate()) {
      out.println(summary.source() + ": skipped, the same content was already ingested into " + summary.table()
          + " (use --force to ingest it again)");
      return;
    }
    out.println(summary.source() + " -> table " + summary.table());
    out.println("  " + Numbers.count(summary.accepted(), "row", "rows") + " accepted, "
        + Numbers.count(summary.rejected(), "reject", "rejects") + " (see ferret_rejects), "
        + Numbers.count(summary.read(), "line", "lines") + " read"
        + (summary.blankLines() > 0 ? " (" + Numbers.count(summary.blankLines()) + " blank)" : ""));
    List<SchemaChange> changes = summary.schemaChanges();
    if (changes.isEmpty()) {
      out.println("  no schema changes; schema version " + summary.schemaVersion());
    } else {
      out.println("  " + Numbers.count(changes.size(), "schema change", "schema changes")
          + ", now at schema version " + summary.schemaVersion() + ":");
      for (SchemaChange change : changes) {
        out.println("    " + SchemaChangeText.describe(change));
      }
    }
    out.println("  " + rate(summary.accepted() + summary.rejected(), summary.elapsed()) + " rows/s ("
        + Numbers.duration(summary.elapsed()) + ", " + Numbers.bytes(summary.bytesRead()) + ")");
  }

  public static void printTotal(List<IngestSummary> summaries, PrintWriter out) {
    long skipped = summaries.stream().filter(IngestSummary::skippedAsDuplicate).count();
    long accepted = summaries.stream().mapToLong(IngestSummary::accepted).sum();
    long rejected = summaries.stream().mapToLong(IngestSummary::rejected).sum();
    long read = summaries.stream().mapToLong(IngestSummary::read).sum();
    long changes = summaries.stream().mapToLong(s -> s.schemaChanges().size()).sum();
    Duration elapsed = summaries.stream().map(IngestSummary::elapsed).reduce(Duration.ZERO, Duration::plus);
    out.println("Total: " + Numbers.count(summaries.size(), "file", "files")
        + (skipped > 0 ? " (" + skipped + " skipped)" : "") + ", "
        + Numbers.count(accepted, "row", "rows") + " accepted, "
        + Numbers.count(rejected, "reject", "rejects") + ", "
        + Numbers.count(read, "line", "lines") + " read, "
        + Numbers.count(changes, "schema change", "schema changes") + ", "
        + rate(accepted + rejected, elapsed) + " rows/s");
  }

  private static String rate(long rows, Duration elapsed) {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return Numbers.compact(rows / seconds);
  }
}
