package io.ferret.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Generated events parsed for assertions, with helpers for the fields tests look at. */
final class GeneratedEvents {
  /** Exact decimals, so that money compares without binary rounding. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The demo stream, parsed once for all test classes since it is the one most of them look at. */
  private static List<JsonNode> demo;

  private GeneratedEvents() {}

  static synchronized List<JsonNode> demo() throws JsonProcessingException {
    if (demo == null) {
      demo = List.copyOf(parse(OrderStreamSpec.demo()));
    }
    return demo;
  }

  /** Every event of the spec, each checked to be a JSON object. */
  static List<JsonNode> parse(OrderStreamSpec spec) throws JsonProcessingException {
    List<JsonNode> events = new ArrayList<>();
    for (Iterator<String> lines = OrderStreamGenerator.lines(spec); lines.hasNext(); ) {
      String line = lines.next();
      JsonNode event = JSON.readTree(line);
      assertTrue(event.isObject(), () -> "not a JSON object: " + line);
      events.add(event);
    }
    return events;
  }

  static JsonNode parseLine(String line) throws JsonProcessingException {
    return JSON.readTree(line);
  }

  /** The amount whether it arrived as a number or, after the schema change, as a numeric string. */
  static BigDecimal amount(JsonNode event) {
    JsonNode amount = event.get("amount");
    return amount.isTextual() ? new BigDecimal(amount.textValue()) : amount.decimalValue();
  }

  /**
   * The event time, read by position from the generator's fixed "2026-11-15T23:59:59Z" layout because tests
   * read it for every event many times; eventsHaveTheDocumentedFieldsAndTypes checks the layout with
   * Instant.parse.
   */
  static Instant timestamp(JsonNode event) {
    String ts = event.get("ts").textValue();
    return LocalDateTime.of(
            number(ts, 0, 4), number(ts, 5, 7), number(ts, 8, 10),
            number(ts, 11, 13), number(ts, 14, 16), number(ts, 17, 19))
        .toInstant(ZoneOffset.UTC);
  }

  /** Whole weeks since the stream's start, 0 for the first. */
  static int week(JsonNode event, OrderStreamSpec spec) {
    return (int) (Duration.between(spec.start(), timestamp(event)).toDays() / 7);
  }

  private static int number(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }

  static boolean isEmeaPartner(JsonNode event) {
    return event.get("region").textValue().equals("EMEA") && event.get("channel").textValue().equals("partner");
  }
}
