package io.ferret.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.FieldPath;
import io.ferret.schema.TableSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a table's rows back as the events they came from: data columns, variants and {@code _extra} merged
 * by the field mapping. This is the proof of the lossless rule, and how an analyst sees a raw event again.
 *
 * <p>Values come back in their stored form: timestamps as ISO-8601 UTC, numbers that arrived as text as the
 * column's number, huge numbers as their exact digits.
 */
public final class EventReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventReader() {}

  /** Every row of the table as an event, in insertion order. */
  public static List<ObjectNode> readAll(Store store, String table) {
    TableSchema schema = store.schema(table);
    List<Column> physical = schema.columns().stream().filter(Column::isPhysical).toList();
    StringBuilder select = new StringBuilder("SELECT ");
    for (int i = 0; i < physical.size(); i++) {
      select.append(i == 0 ? "" : ", ").append(Sql.quote(physical.get(i).name()));
    }
    select.append(" FROM ").append(Sql.quote(table)).append(" ORDER BY rowid");
    List<ObjectNode> events = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rs = statement.executeQuery(select.toString())) {
      while (rs.next()) {
        events.add(read(rs, physical));
      }
      return events;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "reading " + table + " back failed: " + e.getMessage(), e);
    }
  }

  private static ObjectNode read(ResultSet rs, List<Column> columns) throws SQLException {
    ObjectNode event = NODES.objectNode();
    ObjectNode extra = null;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      JsonNode value = value(rs, i + 1, column);
      if (value == null) {
        continue;
      }
      if (column.role() == ColumnRole.SYSTEM) {
        extra = (ObjectNode) value;
      } else {
        put(event, column.path(), value);
      }
    }
    if (extra != null) {
      merge(event, extra);
    }
    return event;
  }

  private static JsonNode value(ResultSet rs, int index, Column column) throws SQLException {
    Object raw = rs.getObject(index);
    if (raw == null) {
      return null;
    }
    return switch (column.type()) {
      case BOOLEAN -> NODES.booleanNode(rs.getBoolean(index));
      case BIGINT -> NODES.numberNode(rs.getLong(index));
      case DOUBLE -> NODES.numberNode(rs.getDouble(index));
      case DATE -> NODES.textNode(rs.getObject(index, LocalDate.class).toString());
      case TIMESTAMP -> NODES.textNode(rs.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString());
      case JSON -> parse(rs.getString(index));
      case VARCHAR -> NODES.textNode(rs.getString(index));
    };
  }

  private static void put(ObjectNode event, FieldPath path, JsonNode value) {
    ObjectNode parent = event;
    List<String> segments = path.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      JsonNode child = parent.get(segments.get(i));
      parent = child instanceof ObjectNode object ? object : parent.putObject(segments.get(i));
    }
    parent.set(segments.get(segments.size() - 1), value);
  }

  private static void merge(ObjectNode target, ObjectNode extra) {
    Iterator<Map.Entry<String, JsonNode>> fields = extra.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
        merge(into, from);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON column holds invalid JSON: " + json, e);
    }
  }
}
