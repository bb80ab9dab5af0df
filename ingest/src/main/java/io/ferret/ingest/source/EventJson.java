package io.ferret.ingest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** How every source reads one event's JSON, so a file line and a Kafka message are held to the same rules. */
public final class EventJson {
  private EventJson() {}

  /**
   * A mapper that refuses repeated keys and keeps decimals exact. No string or name can be longer than the event
   * that holds it, so {@code maxEventBytes} is the real bound on both.
   */
  public static ObjectMapper mapper(int maxNestingDepth, int maxEventBytes) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxEventBytes)
        .maxNameLength(maxEventBytes)
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

  /** Anything after the value, even text that is not JSON at all, makes the event more than one JSON object. */
  public static boolean hasTrailingContent(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      return true;
    }
  }

  /** "an array", "a string", …: what came instead of an object; "nothing" for no value at all. */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "nothing";
    };
  }
}
