package io.ferret.ingest.pipeline;

import io.ferret.schema.EvolutionPlan;
import io.ferret.store.RejectRecord;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A batch planned and laid out in Arrow memory, ready to commit. Closing it frees the Arrow memory.
 *
 * @param plan the batch's plan without its column values, which live in {@code rows} now; keeping only the
 *     schema part lets the heap copy of the batch be collected while the batch commits
 * @param rows the accepted events as Arrow vectors, or null when no event was accepted
 */
record PreparedBatch(EvolutionPlan plan, VectorSchemaRoot rows, List<RejectRecord> rejects, String sourceName)
    implements AutoCloseable {

  @Override
  public void close() {
    if (rows != null) {
      rows.close();
    }
  }
}
