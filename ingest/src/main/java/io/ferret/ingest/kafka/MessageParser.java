package io.ferret.ingest.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.ingest.source.EventJson;
import io.ferret.ingest.source.Rejected;
import io.ferret.ingest.source.SourceLimits;
import io.ferret.ingest.source.Utf8Validator;
import io.ferret.schema.BatchCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Turns one Kafka message into a row, its value's JSON object plus the route's metadata columns, or into a
 * {@link Rejected} naming why not: no value, too large, not JSON, or JSON that is not an object.
 *
 * <p>Values are read as file ingest reads JSON lines: numbers keep their exact digits, NaN and Infinity are
 * accepted, a repeated key is refused, and nesting is bounded.
 */
final class MessageParser {
  private static final String TRAILING = "trailing characters after the JSON object";
  /** How Jackson's messages for a repeated key start, from the parser and from the tree reader alike. */
  private static final String DUPLICATE_FIELD = "Duplicate field '";

  private final ObjectMapper mapper;
  private final int maxMessageBytes;
  private final int maxNestingDepth;
  private final Utf8Validator utf8 = new Utf8Validator();

  MessageParser(int maxMessageBytes, SourceLimits limits) {
    this.maxMessageBytes = maxMessageBytes;
    this.maxNestingDepth = limits.maxNestingDepth();
    this.mapper = EventJson.mapper(limits.maxNestingDepth(), maxMessageBytes);
  }

  /**
   * Parses the message into {@code events} as one row at {@code position}; returns null when it became a row
   * there, else its reject.
   */
  Rejected parseInto(BatchCollector events, ConsumerRecord<byte[], byte[]> message, TopicRoute route,
      String position) {
    byte[] value = message.value();
    if (value == null) {
      return new Rejected(position, "the message has no value (a tombstone)", "");
    }
    if (value.length > maxMessageBytes) {
      return new Rejected(position, String.format(Locale.ROOT, "message is %,d bytes, over the %,d-byte limit",
          value.length, maxMessageBytes), rawText(value));
    }
    // Plain messages are flattened straight from their bytes, as file ingest does with plain lines; the parser
    // reads the rest, and words every reject.
    if (!route.hasMetadataColumns() && utf8.firstInvalidByte(value, 0, value.length) < 0
        && events.stage(value, 0, value.length, maxNestingDepth)) {
      events.commitStaged(position);
      return null;
    }
    try (JsonParser parser = mapper.createParser(value)) {
      return route.hasMetadataColumns()
          ? parseTree(parser, events, message, route, position)
          : parseTokens(parser, events, value, position);
    } catch (JsonProcessingException e) {
      return new Rejected(position, reason(e), rawText(value));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a message held in memory failed", e);
    }
  }

  /** Flattens from the tokens when nothing is added to the message's own fields but its bytes need the parser. */
  private static Rejected parseTokens(JsonParser parser, BatchCollector events, byte[] value, String position)
      throws IOException {
    // The collector catches a repeated key by its path, which costs less than the parser's set per object.
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      return new Rejected(position, "not a JSON object: got " + EventJson.describe(first), rawText(value));
    }
    events.stage(parser);
    if (EventJson.hasTrailingContent(parser)) {
      return new Rejected(position, TRAILING, rawText(value));
    }
    events.commitStaged(position);
    return null;
  }

  /** Reads the message as a tree, to add the route's metadata columns to it. */
  private Rejected parseTree(JsonParser parser, BatchCollector events, ConsumerRecord<byte[], byte[]> message,
      TopicRoute route, String position) throws IOException {
    JsonNode tree = mapper.readTree(parser);
    if (tree == null || !tree.isObject()) {
      return new Rejected(position, "not a JSON object: got " + EventJson.describe(tree == null ? null : tree.asToken()),
          rawText(message.value()));
    }
    if (EventJson.hasTrailingContent(parser)) {
      return new Rejected(position, TRAILING, rawText(message.value()));
    }
    ObjectNode event = (ObjectNode) tree;
    addMetadata(message, route, event);
    events.add(event, position);
    return null;
  }

  private static void addMetadata(ConsumerRecord<byte[], byte[]> message, TopicRoute route, ObjectNode event) {
    if (route.keyColumn() != null) {
      event.put(route.keyColumn(), message.key() == null ? null : new String(message.key(), StandardCharsets.UTF_8));
    }
    if (route.timestampColumn() != null) {
      event.put(route.timestampColumn(), Instant.ofEpochMilli(message.timestamp()).toString());
    }
    for (Map.Entry<String, String> header : route.headerColumns().entrySet()) {
      Header last = message.headers().lastHeader(header.getKey());
      event.put(header.getValue(),
          last == null || last.value() == null ? null : new String(last.value(), StandardCharsets.UTF_8));
    }
  }

  /** Both ways of reading word a repeated key alike, whatever Jackson's message says. */
  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith(DUPLICATE_FIELD)) {
      int end = message.indexOf('\'', DUPLICATE_FIELD.length());
      return "duplicate key '" + message.substring(DUPLICATE_FIELD.length(), end < 0 ? message.length() : end) + "'";
    }
    return "not JSON: " + firstLine(message);
  }

  /** The start of a rejected value as text, decoding no more than the reject keeps. */
  private static String rawText(byte[] value) {
    return new String(value, 0, Math.min(value.length, Rejected.MAX_RAW_CHARS), StandardCharsets.UTF_8);
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
