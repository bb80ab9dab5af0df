package io.ferret.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of flattened events: each field's values by row (null where absent), in first-seen field order.
 *
 * @param fields values per field path, every array as long as the batch
 * @param positions each row's source position
 */
public record CollectedBatch(Map<FieldPath, Value[]> fields, List<String> positions) {
  public int rows() {
    return positions.size();
  }

  /**
   * The rows of consecutive parts as one batch, as if collected in one go: fields stay in first-seen order,
   * since a field new to a later part was first seen after every field of the earlier ones.
   */
  public static CollectedBatch concat(List<CollectedBatch> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<List<String>> partPositions = new ArrayList<>(parts.size());
    parts.forEach(part -> partPositions.add(part.positions()));
    Positions positions = Positions.concat(partPositions);
    int rows = positions.size();
    Map<FieldPath, Value[]> fields = new LinkedHashMap<>();
    int offset = 0;
    for (CollectedBatch part : parts) {
      for (Map.Entry<FieldPath, Value[]> field : part.fields().entrySet()) {
        Value[] values = fields.computeIfAbsent(field.getKey(), path -> new Value[rows]);
        System.arraycopy(field.getValue(), 0, values, offset, part.rows());
      }
      offset += part.rows();
    }
    return new CollectedBatch(fields, positions);
  }
}
