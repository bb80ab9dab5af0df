package io.ferret.cli.ingest;

import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/** Wires the file ingest pipeline by hand: store, schema evolver, batch writer and file ingestor. */
public final class TableIngestor {
  private final FileIngestor ingestor;

  public TableIngestor(Store store, IngestSettings settings) {
    this.ingestor = new FileIngestor(
        store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())), settings, Clock.systemUTC());
  }

  public IngestSummary ingest(String table, Path file, boolean force, ProgressListener progress) {
    return ingestor.ingest(table, file, force, progress);
  }
}
