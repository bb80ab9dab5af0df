package io.ferret.ingest.pipeline;

import io.ferret.ingest.source.SourceLimits;
import java.util.Objects;

/**
 * How files are ingested.
 *
 * @param batchSize events per batch, each one Arrow record batch and one transaction
 * @param limits per-event limits of the sources
 * @param parserThreads threads parsing batches while earlier ones are written; batches still land in order
 */
public record IngestSettings(int batchSize, SourceLimits limits, int parserThreads) {
  public static final int DEFAULT_BATCH_SIZE = 65_536;

  public IngestSettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    Objects.requireNonNull(limits, "limits is null");
    if (parserThreads < 1) {
      throw new IllegalArgumentException("parserThreads must be at least 1, got " + parserThreads);
    }
  }

  /** Settings with one parser thread per core. */
  public IngestSettings(int batchSize, SourceLimits limits) {
    this(batchSize, limits, Runtime.getRuntime().availableProcessors());
  }

  public static IngestSettings defaults() {
    return new IngestSettings(DEFAULT_BATCH_SIZE, SourceLimits.defaults());
  }

  public IngestSettings withBatchSize(int size) {
    return new IngestSettings(size, limits, parserThreads);
  }

  public IngestSettings withParserThreads(int threads) {
    return new IngestSettings(batchSize, limits, threads);
  }
}
