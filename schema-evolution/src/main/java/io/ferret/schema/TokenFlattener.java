package io.ferret.schema;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Flattens an event straight from a parser's tokens, with the rules of {@link EventFlattener} but without
 * building a tree: only arrays and objects kept whole as JSON are read as trees, to render their text. It
 * handles any JSON the parser accepts; {@link ByteFlattener} is the faster path for plain lines.
 *
 * <p>The parser's own duplicate detection keeps a set per object; here a repeated key is caught by its path
 * node having been reached before in the same row attempt. Values kept as trees are read with the codec's
 * duplicate check instead, so a repeated key is rejected at any depth.
 */
final class TokenFlattener {
  /** The message prefix of Jackson's own duplicate-key errors, so callers report both alike. */
  static final String DUPLICATE_FIELD_MESSAGE = "Duplicate field '";

  /** An empty object, kept as JSON since it has no field to flatten into. */
  static final Value EMPTY_OBJECT = new Value(ValueKind.JSON, null, "{}");

  private final int maxDepth;

  TokenFlattener(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /**
   * Reads the object whose START_OBJECT is the parser's current token, through its END_OBJECT.
   *
   * @param attempt a number no earlier row attempt used with these nodes, for the repeated-key check
   */
  void flatten(JsonParser parser, PathNode root, long attempt, StagedRow row) throws IOException {
    walk(parser, root, 0, attempt, row, parser.nextFieldName());
  }

  private void walk(JsonParser parser, PathNode parent, int depth, long attempt, StagedRow row, String firstKey)
      throws IOException {
    // nextFieldName() is null only at the object's END_OBJECT: anything else there is a syntax error it throws
    PathNode previous = null;
    for (String key = firstKey; key != null; key = parser.nextFieldName()) {
      PathNode node = parent.child(key, previous);
      previous = node;
      if (!node.markReached(attempt)) {
        throw new JsonParseException(parser, DUPLICATE_FIELD_MESSAGE + key + "'");
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT && depth + 1 < maxDepth) {
        String first = parser.nextFieldName();
        if (first == null) {
          row.add(node, EMPTY_OBJECT);
        } else {
          walk(parser, node, depth + 1, attempt, row, first);
        }
      } else {
        Value value = value(parser, token);
        if (value != null) {
          row.add(node, value);
        }
      }
    }
  }

  private static Value value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> ValueClassifier.TRUE;
      case VALUE_FALSE -> ValueClassifier.FALSE;
      case VALUE_STRING -> ValueClassifier.classifyString(parser.getText());
      case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? ValueClassifier.hugeInteger(parser.getBigIntegerValue())
          : ValueClassifier.integer(parser.getLongValue());
      // the exact decimal as written: the parser only reads NaN and the infinities as doubles
      case VALUE_NUMBER_FLOAT -> parser.isNaN()
          ? ValueClassifier.ofDouble(parser.getDoubleValue())
          : ValueClassifier.decimal(parser.getDecimalValue());
      case START_ARRAY, START_OBJECT -> {
        JsonNode tree = parser.readValueAsTree();
        yield new Value(ValueKind.JSON, null, tree.toString());
      }
      default -> throw new IllegalStateException("a value cannot start with " + token);
    };
  }
}
