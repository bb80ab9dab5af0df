package io.ferret.ingest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.schema.BatchCollector;
import java.io.IOException;

/**
 * Turns the bytes of one JSON line into an {@link Event}, or a {@link Rejected} with a specific reason; or,
 * for bulk ingest, flattens it straight into a {@link BatchCollector} without building a tree.
 *
 * <p>Numbers keep their exact value: integers beyond int64 become BigInteger nodes, and every decimal a
 * BigDecimal node with its digits as written ("1.50" stays 1.50, "1e400" does not become Infinity). NaN and
 * ±Infinity are accepted and become double nodes, the only type that can hold them. Both ways accept and reject
 * the same lines, for the same reasons.
 */
final class JsonLineParser {
  private static final String DUPLICATE_FIELD_MESSAGE = "Duplicate field '";

  private final ObjectMapper mapper;
  private final int maxNestingDepth;
  private final Utf8Validator utf8 = new Utf8Validator();

  JsonLineParser(SourceLimits limits) {
    this(EventJson.mapper(limits.maxNestingDepth(), limits.maxEventBytes()), limits.maxNestingDepth());
  }

  private JsonLineParser(ObjectMapper mapper, int maxNestingDepth) {
    this.mapper = mapper;
    this.maxNestingDepth = maxNestingDepth;
  }

  /** A parser for another thread: it shares this one's thread-safe mapper, not its scratch state. */
  JsonLineParser copy() {
    return new JsonLineParser(mapper, maxNestingDepth);
  }

  SourceRecord parse(byte[] bytes, int offset, int length, String position) throws IOException {
    int invalidByte = utf8.firstInvalidByte(bytes, offset, length);
    if (invalidByte >= 0) {
      return invalidUtf8(bytes, offset, length, position, invalidByte);
    }
    try (JsonParser parser = mapper.createParser(bytes, offset, length)) {
      JsonNode value;
      try {
        value = mapper.readTree(parser);
      } catch (JsonProcessingException e) {
        return new Rejected(position, reasonFor(e, parser), RawText.of(bytes, offset, length));
      }
      if (value == null || !value.isObject()) {
        return new Rejected(position, "not a JSON object: got " + EventJson.describe(value == null ? null : value.asToken()),
            RawText.of(bytes, offset, length));
      }
      if (EventJson.hasTrailingContent(parser)) {
        return trailingContent(bytes, offset, length, position);
      }
      return new Event((ObjectNode) value, position);
    }
  }

  /**
   * Flattens line {@code lineNumber} into {@code events}; returns null when it landed there, else its reject.
   * Plain lines are read straight from their bytes; the parser reads the rest, and words every reject.
   */
  Rejected parseInto(BatchCollector events, byte[] bytes, int offset, int length, long lineNumber)
      throws IOException {
    int invalidByte = utf8.firstInvalidByte(bytes, offset, length);
    if (invalidByte < 0 && events.stage(bytes, offset, length, maxNestingDepth)) {
      events.commitStaged(lineNumber);
      return null;
    }
    String position = Long.toString(lineNumber);
    if (invalidByte >= 0) {
      return invalidUtf8(bytes, offset, length, position, invalidByte);
    }
    try (JsonParser parser = mapper.createParser(bytes, offset, length)) {
      // The collector catches repeated keys by their path, which costs less than the parser's set per object.
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      try {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          // Not an object, so a reject; reading it as a tree words the reason exactly as parse() does.
          return (Rejected) parse(bytes, offset, length, position);
        }
        events.stage(parser);
      } catch (JsonProcessingException e) {
        return new Rejected(position, reasonFor(e, parser), RawText.of(bytes, offset, length));
      }
      if (EventJson.hasTrailingContent(parser)) {
        return trailingContent(bytes, offset, length, position);
      }
    }
    events.commitStaged(lineNumber);
    return null;
  }

  // Jackson also rejects bad UTF-8, but only inside strings and with a message about its internals.
  // The byte is 1-based, like the columns Jackson reports for other errors.
  private static Rejected invalidUtf8(byte[] bytes, int offset, int length, String position, int invalidByte) {
    return new Rejected(position, "invalid UTF-8 at byte " + (invalidByte + 1), RawText.of(bytes, offset, length));
  }

  private static Rejected trailingContent(byte[] bytes, int offset, int length, String position) {
    return new Rejected(position, "trailing characters after the JSON object", RawText.of(bytes, offset, length));
  }

  private String reasonFor(JsonProcessingException e, JsonParser parser) {
    if (e instanceof StreamConstraintsException && parser.getParsingContext().getNestingDepth() > maxNestingDepth) {
      return "nesting deeper than " + maxNestingDepth + " levels";
    }
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith(DUPLICATE_FIELD_MESSAGE)) {
      return "duplicate key '" + parser.getParsingContext().getCurrentName() + "'";
    }
    int column = e.getLocation() != null ? e.getLocation().getColumnNr() : parser.currentLocation().getColumnNr();
    String reason = ParserMessages.shortReason(message);
    return column > 0 ? reason + " at column " + column : reason;
  }
}
