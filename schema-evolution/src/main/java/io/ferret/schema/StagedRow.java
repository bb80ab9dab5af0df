package io.ferret.schema;

import java.util.Arrays;

/**
 * The flattened fields of the row being read, held apart until the row is known to be good: a line can turn
 * out to be broken after some of its fields were read, and none of them may land then.
 */
final class StagedRow {
  private static final int INITIAL_FIELDS = 32;

  private PathNode[] nodes = new PathNode[INITIAL_FIELDS];
  private Value[] values = new Value[INITIAL_FIELDS];
  private int size;
  private boolean complete;

  void clear() {
    Arrays.fill(nodes, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    complete = false;
  }

  void add(PathNode node, Value value) {
    if (size == nodes.length) {
      nodes = Arrays.copyOf(nodes, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    nodes[size] = node;
    values[size] = value;
    size++;
  }

  /** Marks the row as read to its end; only a complete row may be committed. */
  void markComplete() {
    complete = true;
  }

  boolean isComplete() {
    return complete;
  }

  int size() {
    return size;
  }

  PathNode node(int index) {
    return nodes[index];
  }

  Value value(int index) {
    return values[index];
  }
}
