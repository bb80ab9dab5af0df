package io.ferret.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds each row's {@code _extra} JSON: the fields with no column, re-nested by their path segments.
 *
 * <p>Re-nesting by segments (not dotted names) keeps a literal {@code "a.b"} key apart from {@code a} →
 * {@code b}, so the original shape reads back exactly.
 */
final class ExtraFields {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ObjectNode[] rows;
  private boolean any;

  ExtraFields(int rowCount) {
    this.rows = new ObjectNode[rowCount];
  }

  void put(int row, FieldPath path, Value value) {
    if (value == null) {
      return;
    }
    if (rows[row] == null) {
      rows[row] = JsonNodeFactory.instance.objectNode();
    }
    ObjectNode parent = rows[row];
    List<String> segments = path.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      JsonNode child = parent.get(segments.get(i));
      parent = child instanceof ObjectNode object ? object : parent.putObject(segments.get(i));
    }
    parent.set(segments.get(segments.size() - 1), toJson(value));
    any = true;
  }

  boolean any() {
    return any;
  }

  String[] rowsAsJson() {
    String[] json = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      json[i] = rows[i] == null ? null : rows[i].toString();
    }
    return json;
  }

  static JsonNode toJson(Value value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (value.kind()) {
      case BOOLEAN -> f.booleanNode((Boolean) value.value());
      case INTEGER -> f.numberNode((Long) value.value());
      // JSON has no NaN or infinity: those keep their name as text
      case DECIMAL -> Double.isFinite((Double) value.value())
          ? f.numberNode((Double) value.value())
          : f.textNode(value.value().toString());
      case HUGE_NUMBER -> f.numberNode(new BigDecimal(value.text()));
      case JSON -> parse(value.text());
      case NUMERIC_TEXT, TIMESTAMP, DATE, TEXT -> f.textNode(value.text());
    };
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("re-reading JSON that Jackson wrote itself failed", e);
    }
  }
}
