package io.ferret.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte path takes only lines the parser path takes too, and flattens them to the same values; the parser
 * path is the reference, configured as the JSON Lines source configures it.
 */
class ByteFlattenerTest {
  private static final int MAX_NESTING = 6;
  private static final EvolverSettings SETTINGS = new EvolverSettings(500, 4, null, 32);
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", " {\"a\":1} \t\r", "{\"a\":-0,\"b\":0,\"c\":123456789012345678,\"d\":-123456789012345678}",
      "{\"price\":49.90,\"neg\":-0.0,\"tiny\":0.0001}", "{\"t\":true,\"f\":false,\"n\":null}",
      "{\"s\":\"plain\",\"u\":\"naïve ✓ \uD83D\uDE00\",\"e\":\"q\\\"b\\\\s\\/n\\nt\\tu\\u00e9\\ud83d\\ude00\"}",
      "{\"ts\":\"2024-03-01T10:00:00Z\",\"d\":\"2024-03-01\",\"num\":\"49.90\",\"zip\":\"02134\"}",
      "{\"\":1,\"a.b\":2,\"a\":{\"b\":3},\"k\\u00e9y\":4}", "{\"o\":{},\"p\":{\"q\":{}}}",
      "{ \"a\" : { \"b\" : { \"c\" : 1 } } , \"d\" : \"x\" }", "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}"})
  void readsPlainLinesAsTheParserDoes(String line) throws IOException {
    assertAgree(line, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[1]", "{\"a\":[1,2]}", "{\"a\":NaN}", "{\"a\":1e5}", "{\"a\":1.5E-3}", "{\"a\":1234567890123456789}",
      "{\"a\":0.12345678901234567}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":tru}",
      "{\"a\":truex}", "{\"a\":\"x\\q\"}", "{\"a\":\"x\\u12\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"open}",
      "{\"a\":1,\"a\":2}", "{\"o\":{\"b\":1,\"b\":2}}", "{\"a\":1} x", "{\"a\":1}{}", "{\"a\":1,}", "{a:1}",
      "{'a':1}", "{\"a\" 1}", "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}",
      "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{}}}}}}}",
      "\uFEFF{\"a\":1}", "", "  ", "{\"a\":1"})
  void leavesAnythingElseToTheParser(String line) throws IOException {
    assertAgree(line, false);
  }

  @Test
  void agreesWithTheParserOnRandomLines() throws IOException {
    SplittableRandom random = new SplittableRandom(2026);
    int taken = 0;
    for (int i = 0; i < 30_000; i++) {
      String line = new RandomJsonLines(random).line();
      if (bytePath(line) != null) {
        taken++;
      }
      assertAgree(line, null);
    }
    assertTrue(taken > 5_000, "the byte path took only " + taken + " lines");
  }

  /** Checks the two paths agree; {@code byteTakes} also says whether the byte path must take the line. */
  private static void assertAgree(String line, Boolean byteTakes) throws IOException {
    CollectedBatch fast = bytePath(line);
    if (byteTakes != null) {
      assertEquals(byteTakes, fast != null, line);
    }
    if (fast != null) {
      CollectedBatch reference = parserPath(line);
      assertTrue(reference != null, "the parser rejects what the byte path took: " + line);
      assertSameFields(reference, fast, line);
    }
  }

  private static CollectedBatch bytePath(String line) {
    BatchCollector collector = new BatchCollector(SETTINGS);
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    if (!collector.stage(utf8, 0, utf8.length, MAX_NESTING)) {
      return null;
    }
    collector.commitStaged(1);
    return collector.finish();
  }

  /** The line as JsonLineParser reads it with the parser: null when it would be rejected. */
  private static CollectedBatch parserPath(String line) throws IOException {
    BatchCollector collector = new BatchCollector(SETTINGS);
    try (JsonParser parser = MAPPER.createParser(line.getBytes(StandardCharsets.UTF_8))) {
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      try {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        collector.stage(parser);
        if (parser.nextToken() != null) {
          return null;
        }
      } catch (IOException e) {
        return null;
      }
    }
    collector.commitStaged(1);
    return collector.finish();
  }

  private static void assertSameFields(CollectedBatch expected, CollectedBatch actual, String line) {
    assertEquals(expected.fields().keySet().stream().toList(), actual.fields().keySet().stream().toList(), line);
    for (Map.Entry<FieldPath, Value[]> field : expected.fields().entrySet()) {
      assertEquals(Arrays.asList(field.getValue()), Arrays.asList(actual.fields().get(field.getKey())),
          line + " at " + field.getKey());
    }
  }
}
