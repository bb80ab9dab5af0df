package io.ferret.bench.accuracy;

import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.time.Clock;

/** The file ingest {@code ferret ingest} runs, with its default settings, wired by hand. */
public final class StoreFiles {
  private StoreFiles() {}

  /** A file ingestor into {@code store}, as {@code ferret ingest} builds it. */
  public static FileIngestor ingestor(Store store) {
    return new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults(), Clock.systemUTC());
  }
}
