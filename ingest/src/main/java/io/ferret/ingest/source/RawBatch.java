package io.ferret.ingest.source;

import io.ferret.schema.BatchCollector;
import java.io.IOException;
import java.util.List;

/**
 * Records read from a source but not yet parsed into events, so that the parsing can run on another thread
 * than the reading. Each batch is parsed once, by one thread.
 */
public interface RawBatch {

  /** How many records the batch holds, events and rejects alike. */
  int records();

  /** Parses the batch, adding its events to {@code events} and returning its rejects, both in source order. */
  List<Rejected> parseInto(BatchCollector events) throws IOException;

  /** Bytes the source had consumed when this batch was read, for progress reporting. */
  long bytesRead();
}
