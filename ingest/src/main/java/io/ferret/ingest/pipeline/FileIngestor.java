package io.ferret.ingest.pipeline;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.source.FileDigest;
import io.ferret.ingest.source.FileSource;
import io.ferret.ingest.source.Source;
import io.ferret.schema.SchemaChange;
import io.ferret.schema.TableSchema;
import io.ferret.store.BulkLoad;
import io.ferret.store.IngestedSource;
import io.ferret.store.Store;
import io.ferret.store.TableNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Ingests JSONL and CSV files into a table, batch by batch, skipping files whose content already landed. */
public final class FileIngestor {
  private final Store store;
  private final BatchWriter writer;
  private final IngestSettings settings;
  private final Clock clock;

  public FileIngestor(Store store, BatchWriter writer, IngestSettings settings, Clock clock) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.writer = Objects.requireNonNull(writer, "writer is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  /**
   * Ingests one file into {@code table}.
   *
   * @param force ingest even when identical content was already ingested into this table
   */
  public IngestSummary ingest(String table, Path file, boolean force, ProgressListener progress) {
    TableNames.requireValid(table);
    long started = System.nanoTime();
    FileFormat format = FileFormat.of(file);
    long size;
    try {
      size = Files.size(file);
      if (!force && alreadyIngested(table, file, size)) {
        return new IngestSummary(table, file.toString(), 0, 0, 0, List.of(), store.schema(table).version(),
            Duration.ofNanos(System.nanoTime() - started), 0, true);
      }
    } catch (NoSuchFileException e) {
      throw new FerretException(ErrorCode.USAGE, "no such file: " + file);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
    try (FileSource source = format.open(file, settings.limits())) {
      Totals totals = land(table, source, progress);
      IngestSummary summary = new IngestSummary(table, source.name(), totals.accepted, totals.rejected,
          source.blankLines(), List.copyOf(totals.changes), store.schema(table).version(),
          Duration.ofNanos(System.nanoTime() - started), source.bytesRead(), false);
      String sha256 = source.contentSha256();
      store.recordIngested(new IngestedSource(table, file.toAbsolutePath().toString(), size, sha256,
          summary.accepted(), summary.rejected(), clock.instant()));
      return summary;
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "reading " + file + " failed: " + e.getMessage(), e);
    }
  }

  private Totals land(String table, Source source, ProgressListener progress) throws IOException {
    Totals totals = new Totals();
    try (BulkLoad bulk = store.beginBulkLoad();
        BatchReader reader =
            new BatchReader(source, settings.batchSize(), settings.parserThreads(), writer::collector);
        CommitPipeline commits = new CommitPipeline(writer, source.name())) {
      TableSchema schema = store.schema(table);
      long committedBytes = 0;
      for (BatchReader.ReadBatch batch = reader.next(); batch != null; batch = reader.next()) {
        PreparedBatch prepared = writer.prepare(schema, source.name(), batch.events(), batch.rejects());
        // The batch lands on the schema the previous one leads to, whether or not that one has committed yet.
        schema = prepared.plan().after();
        report(commits.submit(prepared), totals, committedBytes, source, progress);
        committedBytes = batch.bytesRead();
      }
      report(commits.awaitInFlight(), totals, committedBytes, source, progress);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "ingest of " + source.name() + " was interrupted", e);
    }
    return totals;
  }

  private static void report(BatchOutcome committed, Totals totals, long bytes, Source source,
      ProgressListener progress) {
    if (committed != null) {
      totals.add(committed);
      progress.progress(totals.accepted + totals.rejected, bytes, source.totalBytes());
    }
  }

  /**
   * True when the file's content already landed in the table. Only a file of the same size can hold the same
   * content, so most files are not hashed ahead of reading: their hash is taken while they are read.
   */
  private boolean alreadyIngested(String table, Path file, long size) throws IOException {
    return store.hasIngestedFileOfSize(table, size) && store.findIngested(table, FileDigest.sha256(file)).isPresent();
  }

  /** Running totals over the batches of one file. */
  private static final class Totals {
    long accepted;
    long rejected;
    final List<SchemaChange> changes = new ArrayList<>();

    void add(BatchOutcome outcome) {
      accepted += outcome.accepted();
      rejected += outcome.rejected();
      changes.addAll(outcome.changes());
    }
  }
}
