package io.ferret.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderStreamGeneratorTest {
  private static final OrderStreamSpec DEMO = OrderStreamSpec.demo();
  private static final OrderStreamSpec SMALL = new OrderStreamSpec(3_000, DEMO.start(), 14, 42);

  private static List<JsonNode> demoEvents;

  @BeforeAll
  static void parseDemo() throws IOException {
    demoEvents = GeneratedEvents.demo();
  }

  @Test
  void sameSpecGivesIdenticalBytes() throws IOException {
    assertArrayEquals(bytes(DEMO), bytes(OrderStreamSpec.demo()));
  }

  @Test
  void differentSeedGivesDifferentStream() throws IOException {
    OrderStreamSpec otherSeed = new OrderStreamSpec(SMALL.rows(), SMALL.start(), SMALL.days(), SMALL.seed() + 1);
    assertFalse(Arrays.equals(bytes(SMALL), bytes(otherSeed)));
  }

  @Test
  void linesAreTheWrittenStreamWithoutTerminators() throws IOException {
    StringBuilder joined = new StringBuilder();
    for (Iterator<String> lines = OrderStreamGenerator.lines(SMALL); lines.hasNext(); ) {
      joined.append(lines.next()).append('\n');
    }
    assertEquals(joined.toString(), new String(bytes(SMALL), StandardCharsets.US_ASCII));
  }

  @Test
  void writesTheRequestedRowsWithUniqueOrderIds() {
    assertEquals(DEMO.rows(), demoEvents.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode event : demoEvents) {
      String id = event.get("order_id").textValue();
      assertTrue(id.matches("ord-\\d{9}"), id);
      assertTrue(ids.add(id), () -> "duplicate " + id);
    }
  }

  @Test
  void summaryDescribesTheFileWritten(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("orders.jsonl");
    GeneratedStream summary = OrderStreamGenerator.write(SMALL, file);

    List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    assertEquals(SMALL.rows(), summary.rows());
    assertEquals(SMALL.rows(), lines.size());
    assertEquals(SMALL.schemaChangeRow(), summary.schemaChangeRow());
    assertEquals(Optional.empty(), summary.incident());
    assertEquals(summary.firstEventAt(), GeneratedEvents.timestamp(GeneratedEvents.parseLine(lines.get(0))));
    assertEquals(
        summary.lastEventAt(), GeneratedEvents.timestamp(GeneratedEvents.parseLine(lines.get(lines.size() - 1))));
  }

  @Test
  void eventsHaveTheDocumentedFieldsAndTypes() {
    for (JsonNode event : demoEvents) {
      String ts = event.get("ts").textValue();
      assertEquals(Instant.parse(ts), GeneratedEvents.timestamp(event), ts);
      assertTrue(ts.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), ts);
      JsonNode customer = event.get("customer");
      assertTrue(customer.get("id").textValue().startsWith("cus-"));
      assertTrue(Set.of("enterprise", "mid-market", "smb").contains(customer.get("segment").textValue()));
      assertEquals(2, customer.get("country").textValue().length());
      assertTrue(Set.of("NA", "EMEA", "APAC", "LATAM").contains(event.get("region").textValue()));
      assertTrue(Set.of("web", "partner", "sales", "app").contains(event.get("channel").textValue()));
      assertTrue(event.get("product").get("sku").isTextual());
      assertTrue(event.get("product").get("category").isTextual());
      assertTrue(event.get("quantity").isNumber());
      assertEquals(3, event.get("currency").textValue().length());
      assertTrue(event.get("discount_pct").isInt());
      assertTrue(event.get("is_first_order").isBoolean());
      assertTrue(event.get("payment_method").isTextual() || event.get("payment_method").isNull());
      assertTrue(Set.of("completed", "refunded", "cancelled").contains(event.get("status").textValue()));
      JsonNode coupon = event.get("coupon");
      assertTrue(coupon == null || coupon.isNull() || coupon.textValue().startsWith("SAVE"));
    }
  }

  @Test
  void moneyIsWrittenWithTwoDecimals() {
    Pattern unitPrice = Pattern.compile("\"unit_price\":\\d+\\.\\d\\d,");
    Pattern amount = Pattern.compile("\"amount\":(\\d+\\.\\d\\d|\"\\d+\\.\\d\\d\"),");
    for (Iterator<String> lines = OrderStreamGenerator.lines(SMALL); lines.hasNext(); ) {
      String line = lines.next();
      assertTrue(unitPrice.matcher(line).find(), line);
      assertTrue(amount.matcher(line).find(), line);
    }
  }

  @Test
  void amountIsQuantityTimesUnitPriceInCents() {
    for (JsonNode event : demoEvents) {
      BigDecimal expected =
          event.get("quantity").decimalValue()
              .multiply(event.get("unit_price").decimalValue())
              .setScale(2, RoundingMode.HALF_UP);
      assertEquals(0, expected.compareTo(GeneratedEvents.amount(event)), event::toString);
    }
  }

  @Test
  void eventsAreSortedWithinTheStreamAndFollowABusinessRhythm() {
    Instant previous = DEMO.start();
    int weekday = 0;
    int weekend = 0;
    int afternoon = 0;
    int night = 0;
    for (JsonNode event : demoEvents) {
      Instant time = GeneratedEvents.timestamp(event);
      assertFalse(time.isBefore(previous), () -> time + " before " + event);
      assertTrue(time.isBefore(DEMO.end()));
      previous = time;
      ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
      boolean isWeekend = utc.getDayOfWeek() == DayOfWeek.SATURDAY || utc.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (isWeekend) {
        weekend++;
      } else {
        weekday++;
      }
      if (utc.getHour() >= 13 && utc.getHour() < 16) {
        afternoon++;
      } else if (utc.getHour() >= 2 && utc.getHour() < 5) {
        night++;
      }
    }
    // Per day, a weekend carries about half a weekday's orders; a quiet night hour about a sixth of a busy one.
    double weekendDayPerWeekday = (weekend / 2.0) / (weekday / 5.0);
    assertTrue(weekendDayPerWeekday > 0.4 && weekendDayPerWeekday < 0.6, "weekend/weekday " + weekendDayPerWeekday);
    assertTrue(night * 4 < afternoon, "night " + night + " afternoon " + afternoon);
  }

  @Test
  void dimensionsAreSkewedNotUniform() {
    Map<String, Long> regions = countBy(event -> event.get("region").textValue());
    assertTrue(regions.get("NA") > regions.get("EMEA"));
    assertTrue(regions.get("EMEA") > regions.get("APAC"));
    assertTrue(regions.get("APAC") > regions.get("LATAM"));

    Map<String, Long> segments = countBy(event -> event.get("customer").get("segment").textValue());
    assertTrue(segments.get("smb") > segments.get("mid-market"));
    assertTrue(segments.get("mid-market") > segments.get("enterprise"));

    Map<String, Long> categories = countBy(event -> event.get("product").get("category").textValue());
    assertEquals(8, categories.size());
    assertTrue(categories.get("electronics") > 5 * categories.get("raw-materials"));

    Map<String, Long> customers = countBy(event -> event.get("customer").get("id").textValue());
    int distinctCustomers = customers.size();
    assertTrue(distinctCustomers > 2_000 && distinctCustomers <= CustomerPool.SIZE, distinctCustomers + " customers");
    long busiest = customers.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertTrue(busiest > 10 * DEMO.rows() / distinctCustomers, "busiest customer has " + busiest + " orders");

    Map<String, Long> currencies = countBy(event -> event.get("currency").textValue());
    assertTrue(currencies.get("USD") > 0.8 * DEMO.rows());
    Map<String, Long> statuses = countBy(event -> event.get("status").textValue());
    assertTrue(statuses.get("completed") > 0.9 * DEMO.rows());
  }

  @Test
  void couponIsMostlyMissingOrNull() {
    long missing = demoEvents.stream().filter(event -> !event.has("coupon")).count();
    long nulls = demoEvents.stream().filter(event -> event.has("coupon") && event.get("coupon").isNull()).count();
    assertTrue(missing > nulls && nulls > 0);
    assertTrue(missing + nulls > 0.8 * DEMO.rows());
  }

  private static Map<String, Long> countBy(Function<JsonNode, String> key) {
    return demoEvents.stream().collect(Collectors.groupingBy(key, HashMap::new, Collectors.counting()));
  }

  private static byte[] bytes(OrderStreamSpec spec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OrderStreamGenerator.write(spec, out);
    return out.toByteArray();
  }
}
