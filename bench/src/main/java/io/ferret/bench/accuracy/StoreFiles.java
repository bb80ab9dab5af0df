package io.ferret.bench.accuracy;

import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/** The file ingest {@code ferret ingest} runs, with its default settings, wired by hand. */
public final class StoreFiles {
  private StoreFiles() {}

  /** A file ingestor into {@code store}, as {@code ferret ingest} builds it. */
  public static FileIngestor ingestor(Store store) {
    return new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults(), Clock.systemUTC());
  }

  /** Ingests a CSV file, as {@code ferret ingest} would; fails if nothing landed. */
  public static void ingestCsv(Store store, String table, Path csv) {
    ingestor(store).ingest(table, csv, true, ProgressListener.SILENT);
    if (store.schema(table).columns().isEmpty()) {
      throw new IllegalStateException("ingesting " + csv + " landed no columns in " + table);
    }
  }
}
