package io.ferret.ingest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.ingest.source.Event;
import io.ferret.ingest.source.Rejected;
import io.ferret.schema.EvolutionPlan;
import io.ferret.schema.SchemaEvolver;
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
    List<ObjectNode> objects = new ArrayList<>(events.size());
    for (Event event : events) {
      objects.add(event.fields());
    }
    EvolutionPlan plan = evolver.plan(store.schema(table), objects, i -> events.get(i).position());
    List<RejectRecord> rejectRecords = new ArrayList<>(rejects.size());
    for (Rejected reject : rejects) {
      rejectRecords.add(new RejectRecord(sourceName, reject.position(), reject.reason(), reject.raw()));
    }
    if (events.isEmpty()) {
      store.commit(plan, null, rejectRecords, sourceName, hook);
    } else {
      try (VectorSchemaRoot root = ArrowBatchBuilder.build(plan, store.allocator())) {
        store.commit(plan, root, rejectRecords, sourceName, hook);
      }
    }
    return new BatchOutcome(events.size(), rejects.size(), plan.changes(), plan.after().version());
  }
}
