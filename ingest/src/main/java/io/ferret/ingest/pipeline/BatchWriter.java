package io.ferret.ingest.pipeline;

import io.ferret.ingest.source.Event;
import io.ferret.ingest.source.Rejected;
import io.ferret.schema.BatchCollector;
import io.ferret.schema.CollectedBatch;
import io.ferret.schema.EvolutionPlan;
import io.ferret.schema.SchemaEvolver;
import io.ferret.schema.TableSchema;
import io.ferret.store.RejectRecord;
import io.ferret.store.Store;
import io.ferret.store.TransactionHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The one batch pipeline every source shares: events → evolved schema → Arrow → one store transaction.
 *
 * <p>Files and Kafka both land through here, so schema evolution behaves the same whatever the source.
 */
public final class BatchWriter {
  private final Store store;
  private final SchemaEvolver evolver;

  public BatchWriter(Store store, SchemaEvolver evolver) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.evolver = Objects.requireNonNull(evolver, "evolver is null");
  }

  /** Lands one batch atomically, with the hook's bookkeeping in the same transaction. */
  public BatchOutcome write(String table, String sourceName, List<Event> events, List<Rejected> rejects,
      TransactionHook hook) {
    BatchCollector collector = collector();
    for (Event event : events) {
      collector.add(event.fields(), event.position());
    }
    return write(table, sourceName, collector.finish(), rejects, hook);
  }

  /** Lands a batch already flattened by a {@link #collector()}. */
  public BatchOutcome write(String table, String sourceName, CollectedBatch batch, List<Rejected> rejects,
      TransactionHook hook) {
    try (PreparedBatch prepared = prepare(store.schema(table), sourceName, batch, rejects)) {
      return commit(prepared, hook);
    }
  }

  /**
   * Plans a batch against the table's schema {@code current} and lays its rows out in Arrow memory, without
   * touching the store, so that it can run while an earlier batch commits.
   *
   * @param current the schema the batch lands on: the table's, or the one the previous batch's plan leads to
   */
  PreparedBatch prepare(TableSchema current, String sourceName, CollectedBatch batch, List<Rejected> rejects) {
    EvolutionPlan plan = evolver.plan(current, batch);
    List<RejectRecord> rejectRecords = new ArrayList<>(rejects.size());
    for (Rejected reject : rejects) {
      rejectRecords.add(new RejectRecord(sourceName, reject.position(), reject.reason(), reject.raw()));
    }
    VectorSchemaRoot rows = plan.rows() == 0 ? null : ArrowBatchBuilder.build(plan, store.allocator());
    EvolutionPlan schemaOnly = new EvolutionPlan(plan.before(), plan.after(), plan.changes(), List.of(), plan.rows());
    return new PreparedBatch(schemaOnly, rows, rejectRecords, sourceName);
  }

  /** Commits a prepared batch atomically, with the hook's bookkeeping in the same transaction. */
  BatchOutcome commit(PreparedBatch batch, TransactionHook hook) {
    EvolutionPlan plan = batch.plan();
    store.commit(plan, batch.rows(), batch.rejects(), batch.sourceName(), hook);
    return new BatchOutcome(plan.rows(), batch.rejects().size(), plan.changes(), plan.after().version());
  }

  /** A collector that flattens events the way this writer's evolver expects; safe to fill on another thread. */
  public BatchCollector collector() {
    return new BatchCollector(evolver.settings());
  }
}
