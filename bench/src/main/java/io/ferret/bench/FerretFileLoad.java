package io.ferret.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/** Ferret's side: the file ingest every user runs, with default settings, into a fresh store. */
final class FerretFileLoad {
  static final String TABLE = "orders";

  private FerretFileLoad() {}

  /** What one Ferret load measured, beyond time and rows. */
  record Result(LoadMeasurement measurement, HeapFigures heap, long peakArrowBytes) {}

  static Result load(Path jsonl, Path database) {
    try (Store store = Store.open(database)) {
      FileIngestor ingestor = new FileIngestor(store,
          new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())), IngestSettings.defaults(),
          Clock.systemUTC());
      HeapFigures heap;
      Duration elapsed;
      Duration cpu;
      try (GcHeapWatch watch = GcHeapWatch.start()) {
        Duration cpuBefore = ProcessCpuClock.now();
        long started = System.nanoTime();
        ingestor.ingest(TABLE, jsonl, true, ProgressListener.SILENT);
        elapsed = Duration.ofNanos(System.nanoTime() - started);
        cpu = ProcessCpuClock.now().minus(cpuBefore);
        heap = new HeapFigures(Runtime.getRuntime().maxMemory(), watch.peakInUseBytes());
      }
      LoadMeasurement measurement = new LoadMeasurement(TableRows.count(store.connection(), TABLE), elapsed, cpu);
      return new Result(measurement, heap, store.allocator().getPeakMemoryAllocation());
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "counting the rows Ferret landed failed: " + e.getMessage(), e);
    }
  }
}
