package io.ferret.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens events one at a time into per-field value arrays, so each event can be dropped as soon as it is
 * read and flattening can run on another thread than the store writes.
 *
 * <p>Events come either as JSON trees ({@link #add}), or straight from a line's bytes or a parser's tokens
 * ({@code stage} then {@link #commitStaged}); all flatten alike. One collector is used by one thread at a time. After
 * {@link #finish} it starts on the next batch, keeping what it learnt about the fields: their interned paths and
 * their repeated values, which is why a collector per thread beats one per batch.
 */
public final class BatchCollector {
  private static final int INITIAL_CAPACITY = 1024;

  private final EventFlattener treeFlattener;
  private final TokenFlattener tokenFlattener;
  private final ByteFlattener byteFlattener;
  private final PathNode root = PathNode.root();
  /** Fields that have a value, in first-seen order. */
  private final List<PathNode> fields = new ArrayList<>();
  private Positions positions = new Positions(INITIAL_CAPACITY);
  private final StagedRow staged = new StagedRow();
  private int capacity = INITIAL_CAPACITY;
  private long attempts;

  public BatchCollector(EvolverSettings settings) {
    this.treeFlattener = new EventFlattener(settings.maxFlattenDepth());
    this.tokenFlattener = new TokenFlattener(settings.maxFlattenDepth());
    this.byteFlattener = new ByteFlattener(settings.maxFlattenDepth());
  }

  /** Adds one event read at {@code position}. */
  public void add(ObjectNode event, String position) {
    staged.clear();
    treeFlattener.flatten(event, root, staged);
    staged.markComplete();
    commitStaged(position);
  }

  /**
   * Reads the object whose START_OBJECT is the parser's current token, through its END_OBJECT, and holds it
   * for {@link #commitStaged}; a staged row that is not committed is dropped by the next one.
   *
   * @throws com.fasterxml.jackson.core.JsonProcessingException for malformed input, and for a key repeated
   *     within one object with a message starting {@value TokenFlattener#DUPLICATE_FIELD_MESSAGE}, like the
   *     parser's own duplicate detection
   */
  public void stage(JsonParser parser) throws IOException {
    staged.clear();
    tokenFlattener.flatten(parser, root, ++attempts, staged);
    staged.markComplete();
  }

  /**
   * Reads the JSON object that is the line {@code utf8[offset, offset + length)} straight from its bytes and
   * holds it for {@link #commitStaged}, when the line is plain JSON; returns false, holding nothing, when the
   * line needs {@link #stage(JsonParser)}: arrays, NaN, exponents, very long numbers, objects nested past the
   * flatten depth, repeated keys, and anything malformed. Both read the lines they both take alike.
   *
   * @param utf8 valid UTF-8
   * @param maxNestingDepth the parser's nesting limit, the event's own object included
   */
  public boolean stage(byte[] utf8, int offset, int length, int maxNestingDepth) {
    staged.clear();
    if (!byteFlattener.flatten(utf8, offset, length, maxNestingDepth, root, ++attempts, staged)) {
      staged.clear();
      return false;
    }
    staged.markComplete();
    return true;
  }

  /** Adds the staged row as an event read at {@code position}. */
  public void commitStaged(String position) {
    commitStagedRow();
    positions.append(position);
  }

  /** Adds the staged row as an event read at line {@code lineNumber}, which is kept as a number till needed. */
  public void commitStaged(long lineNumber) {
    commitStagedRow();
    positions.append(lineNumber);
  }

  private void commitStagedRow() {
    if (!staged.isComplete()) {
      throw new IllegalStateException("no complete row is staged");
    }
    int row = positions.size();
    if (row == capacity) {
      grow();
    }
    for (int i = 0; i < staged.size(); i++) {
      PathNode node = staged.node(i);
      if (node.values == null) {
        node.values = new Value[capacity];
        fields.add(node);
      }
      node.values[row] = staged.value(i);
    }
    staged.clear();
  }

  public int size() {
    return positions.size();
  }

  /** The collected batch; the collector is empty again afterwards, ready for the next one. */
  public CollectedBatch finish() {
    int rows = positions.size();
    Map<FieldPath, Value[]> exact = new LinkedHashMap<>();
    for (PathNode field : fields) {
      exact.put(field.path, field.values.length == rows ? field.values : Arrays.copyOf(field.values, rows));
      field.values = null;
    }
    CollectedBatch batch = new CollectedBatch(exact, positions);
    fields.clear();
    // Batches from one source are mostly the same size, so the next one starts at this one's.
    capacity = Math.max(INITIAL_CAPACITY, rows);
    positions = new Positions(capacity);
    staged.clear();
    return batch;
  }

  private void grow() {
    capacity *= 2;
    for (PathNode field : fields) {
      field.values = Arrays.copyOf(field.values, capacity);
    }
  }
}
