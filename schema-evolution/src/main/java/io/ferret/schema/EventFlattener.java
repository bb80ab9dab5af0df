package io.ferret.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Flattens nested objects of a JSON tree into dotted fields.
 *
 * <p>Objects deeper than the depth limit, and empty objects, are kept whole as JSON: a column per level of a
 * 200-deep document helps nobody, and an empty object would otherwise vanish. {@link TokenFlattener} applies
 * the same rules to a token stream.
 */
final class EventFlattener {
  private final int maxDepth;

  EventFlattener(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  void flatten(ObjectNode event, PathNode root, StagedRow row) {
    walk(event, root, 0, row);
  }

  private void walk(ObjectNode object, PathNode parent, int depth, StagedRow row) {
    PathNode previous = null;
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      PathNode node = parent.child(field.getKey(), previous);
      previous = node;
      JsonNode value = field.getValue();
      if (value.isObject() && !value.isEmpty() && depth + 1 < maxDepth) {
        walk((ObjectNode) value, node, depth + 1, row);
      } else {
        Value classified = ValueClassifier.classify(value);
        if (classified != null) {
          row.add(node, classified);
        }
      }
    }
  }
}
