package io.ferret.ingest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
    this(mapperFor(limits), limits.maxNestingDepth());
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
        return new Rejected(position, "not a JSON object: got " + describe(value), RawText.of(bytes, offset, length));
      }
      if (hasTrailingContent(parser)) {
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
      if (hasTrailingContent(parser)) {
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

  private static ObjectMapper mapperFor(SourceLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        // No string or name can be longer than the line that holds it, so the event limit is the real bound.
        .maxStringLength(limits.maxEventBytes())
        .maxNameLength(limits.maxEventBytes())
        .maxNumberLength(SourceLimits.MAX_NUMBER_CHARS)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .streamReadConstraints(constraints)
        .build();
    // FAIL_ON_TRAILING_TOKENS stays off: with it, "{} x" fails as a generic unrecognized token, so trailing
    // content is checked explicitly after the value instead, which gives it a reason of its own.
    // Reading duplicates into a tree fails too: the flattening path reads arrays and deep objects as trees
    // with the parser's duplicate detection off.
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
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

  // Anything after the value, even text that is not JSON at all, makes the line more than one JSON object.
  private static boolean hasTrailingContent(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      return true;
    }
  }

  // A line holding only a byte order mark parses to no value at all, hence "nothing".
  private static String describe(JsonNode value) {
    if (value == null) {
      return "nothing";
    }
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "nothing";
    };
  }
}
