package io.ferret.schema;

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
}
