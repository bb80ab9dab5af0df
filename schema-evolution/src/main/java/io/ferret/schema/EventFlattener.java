package io.ferret.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Flattens nested objects into dotted fields, interning paths so a batch allocates each path once.
 *
 * <p>Objects deeper than the depth limit, and empty objects, are kept whole as JSON: a column per level of a
 * 200-deep document helps nobody, and an empty object would otherwise vanish.
 */
final class EventFlattener {
  /** Receives each flattened field of an event. */
  interface FieldSink {
    void accept(FieldPath path, Value value);
  }

  private final int maxDepth;
  private final PathNode root = new PathNode(null);

  EventFlattener(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  void flatten(ObjectNode event, FieldSink sink) {
    walk(event, root, 0, sink);
  }

  private void walk(ObjectNode object, PathNode parent, int depth, FieldSink sink) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      PathNode node = parent.child(field.getKey());
      JsonNode value = field.getValue();
      if (value.isObject() && !value.isEmpty() && depth + 1 < maxDepth) {
        walk((ObjectNode) value, node, depth + 1, sink);
      } else {
        Value classified = ValueClassifier.classify(value);
        if (classified != null) {
          sink.accept(node.path, classified);
        }
      }
    }
  }

  private static final class PathNode {
    final FieldPath path;
    final Map<String, PathNode> children = new HashMap<>();

    PathNode(FieldPath path) {
      this.path = path;
    }

    PathNode child(String key) {
      PathNode child = children.get(key);
      if (child == null) {
        child = new PathNode(path == null ? FieldPath.of(key) : path.child(key));
        children.put(key, child);
      }
      return child;
    }
  }
}
