package io.ferret.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ingest.source.Rejected;
import io.ferret.ingest.source.SourceLimits;
import io.ferret.schema.BatchCollector;
import io.ferret.schema.CollectedBatch;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.FieldPath;
import io.ferret.schema.Value;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Messages are read alike whether metadata columns are added (as a tree) or not (straight from the tokens). */
class KafkaMessageParserTest {
  private static final MessageParser PARSER = new MessageParser(100, SourceLimits.defaults());
  private static final TopicRoute PLAIN = TopicRoute.topic("t", "events");
  private static final TopicRoute WITH_KEY = PLAIN.withKeyColumn("kafka_key");

  @Test
  void rejectsEveryKindOfPoisonWithTheSameReasonEitherWay() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("[1,2]", "not a JSON object: got an array");
    expected.put("\"text\"", "not a JSON object: got a string");
    expected.put("42", "not a JSON object: got a number");
    expected.put("true", "not a JSON object: got a boolean");
    expected.put("null", "not a JSON object: got null");
    expected.put("", "not a JSON object: got nothing");
    expected.put("{\"id\":1} {\"id\":2}", "trailing characters after the JSON object");
    expected.put("{\"id\":1,\"id\":2}", "duplicate key 'id'");
    expected.put("{\"a\":{\"b\":1,\"b\":2}}", "duplicate key 'b'");
    expected.put("{\"pad\":\"" + "x".repeat(100) + "\"}", "message is 110 bytes, over the 100-byte limit");

    for (Map.Entry<String, String> poison : expected.entrySet()) {
      for (TopicRoute route : List.of(PLAIN, WITH_KEY)) {
        Rejected reject = PARSER.parseInto(collector(), message(poison.getKey()), route, "t/0/7");
        assertEquals(poison.getValue(), reject.reason(), poison.getKey() + " via " + route);
        assertEquals("t/0/7", reject.position());
        assertEquals(poison.getKey(), reject.raw());
      }
    }
  }

  @Test
  void namesTheParserProblemOfTextThatIsNotJson() {
    Rejected reject = PARSER.parseInto(collector(), message("{\"id\":"), PLAIN, "t/0/1");

    assertTrue(reject.reason().startsWith("not JSON: Unexpected end-of-input"), reject.reason());
  }

  @Test
  void flattensTheSameRowEitherWayPlusTheMetadataColumn() {
    String value = "{\"id\":1,\"amount\":2.50,\"customer\":{\"id\":\"c-1\"},\"tags\":[1,2]}";
    BatchCollector plain = collector();
    BatchCollector withKey = collector();

    assertNull(PARSER.parseInto(plain, message(value), PLAIN, "t/0/3"));
    assertNull(PARSER.parseInto(withKey, message(value), WITH_KEY, "t/0/3"));

    CollectedBatch plainBatch = plain.finish();
    CollectedBatch keyedBatch = withKey.finish();
    Map<FieldPath, Value[]> keyed = new LinkedHashMap<>(keyedBatch.fields());
    assertEquals("k", keyed.remove(FieldPath.of("kafka_key"))[0].text());
    assertEquals(render(plainBatch.fields()), render(keyed));
    assertEquals(List.of("t/0/3"), keyedBatch.positions());
  }

  private static String render(Map<FieldPath, Value[]> fields) {
    StringBuilder text = new StringBuilder();
    fields.forEach((path, values) -> text.append(path.dotted()).append('=').append(values[0]).append('\n'));
    return text.toString();
  }

  private static BatchCollector collector() {
    return new BatchCollector(EvolverSettings.defaults());
  }

  private static ConsumerRecord<byte[], byte[]> message(String value) {
    return new ConsumerRecord<>("t", 0, 7, "k".getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }
}
