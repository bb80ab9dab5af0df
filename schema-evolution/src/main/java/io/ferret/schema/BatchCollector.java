package io.ferret.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens events one at a time into per-field value arrays, so each JSON tree can be dropped as soon as it
 * is read and flattening can run on another thread than the store writes.
 */
public final class BatchCollector {
  private static final int INITIAL_CAPACITY = 1024;

  private final EventFlattener flattener;
  private final Map<FieldPath, Value[]> fields = new LinkedHashMap<>();
  private final List<String> positions = new ArrayList<>();
  private int capacity = INITIAL_CAPACITY;

  public BatchCollector(EvolverSettings settings) {
    this.flattener = new EventFlattener(settings.maxFlattenDepth());
  }

  /** Adds one event read at {@code position}. */
  public void add(ObjectNode event, String position) {
    int row = positions.size();
    if (row == capacity) {
      grow();
    }
    positions.add(position);
    flattener.flatten(event, (path, value) -> {
      Value[] column = fields.get(path);
      if (column == null) {
        column = new Value[capacity];
        fields.put(path, column);
      }
      column[row] = value;
    });
  }

  public int size() {
    return positions.size();
  }

  /** The collected batch; the collector must not be used afterwards. */
  public CollectedBatch finish() {
    int rows = positions.size();
    Map<FieldPath, Value[]> exact = new LinkedHashMap<>();
    for (Map.Entry<FieldPath, Value[]> field : fields.entrySet()) {
      exact.put(field.getKey(), field.getValue().length == rows ? field.getValue() : Arrays.copyOf(field.getValue(), rows));
    }
    return new CollectedBatch(exact, List.copyOf(positions));
  }

  private void grow() {
    capacity *= 2;
    fields.replaceAll((path, values) -> Arrays.copyOf(values, capacity));
  }
}
