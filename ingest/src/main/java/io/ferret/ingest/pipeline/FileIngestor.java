package io.ferret.ingest.pipeline;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.source.Source;
import io.ferret.schema.SchemaChange;
import io.ferret.store.IngestedSource;
import io.ferret.store.Store;
import io.ferret.store.TableNames;
import io.ferret.store.TransactionHook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    String sha256;
    try {
      size = Files.size(file);
      sha256 = sha256(file);
    } catch (NoSuchFileException e) {
      throw new FerretException(ErrorCode.USAGE, "no such file: " + file);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
    Optional<IngestedSource> earlier = store.findIngested(table, sha256);
    if (earlier.isPresent() && !force) {
      return new IngestSummary(table, file.toString(), 0, 0, 0, List.of(), store.schema(table).version(),
          Duration.ofNanos(System.nanoTime() - started), 0, true);
    }
    try (Source source = format.open(file, settings.limits())) {
      Totals totals = land(table, source, progress);
      IngestSummary summary = new IngestSummary(table, source.name(), totals.accepted, totals.rejected,
          source.blankLines(), List.copyOf(totals.changes), store.schema(table).version(),
          Duration.ofNanos(System.nanoTime() - started), source.bytesRead(), false);
      store.recordIngested(new IngestedSource(table, file.toAbsolutePath().toString(), size, sha256,
          summary.accepted(), summary.rejected(), clock.instant()));
      return summary;
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "reading " + file + " failed: " + e.getMessage(), e);
    }
  }

  private Totals land(String table, Source source, ProgressListener progress) throws IOException {
    Totals totals = new Totals();
    try (BatchReader reader = new BatchReader(source, settings.batchSize(), writer::collector)) {
      for (BatchReader.ReadBatch batch = reader.next(); batch != null; batch = reader.next()) {
        totals.add(writer.write(table, source.name(), batch.events(), batch.rejects(), TransactionHook.NONE));
        progress.progress(totals.accepted + totals.rejected, batch.bytesRead(), source.totalBytes());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "ingest of " + source.name() + " was interrupted", e);
    }
    return totals;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buffer = new byte[1 << 16];
      while (in.read(buffer) >= 0) {
        // reading is what feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
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
