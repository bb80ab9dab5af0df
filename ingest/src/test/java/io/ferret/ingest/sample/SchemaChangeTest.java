package io.ferret.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaChangeTest {
  private static final OrderStreamSpec DEMO = OrderStreamSpec.demo();

  private static List<JsonNode> events;

  @BeforeAll
  static void parseDemo() throws IOException {
    events = GeneratedEvents.demo();
  }

  @Test
  void changeRowIsTheConfiguredFractionOfRows() {
    assertEquals(10_000, DEMO.schemaChangeRow());
  }

  @Test
  void shippingAppearsInEveryEventFromTheChangeRowOn() {
    for (int row = 0; row < events.size(); row++) {
      assertEquals(row >= DEMO.schemaChangeRow(), events.get(row).has("shipping"), "row " + row);
    }
    for (JsonNode event : events.subList((int) DEMO.schemaChangeRow(), events.size())) {
      JsonNode shipping = event.get("shipping");
      String method = shipping.get("method").textValue();
      assertTrue(Set.of("standard", "express", "pickup", "digital").contains(method), method);
      assertTrue(shipping.get("cost").isNumber());
      boolean digitalGoods = Set.of("software", "services", "training").contains(category(event));
      assertEquals(digitalGoods, method.equals("digital"), event::toString);
    }
  }

  /**
   * Expected 5% of the 10,000 new-schema events: a binomial count with a standard deviation of 0.22 points,
   * so 4% to 6% allows more than four of them.
   */
  @Test
  void amountArrivesAsNumericStringOnlyAfterTheChangeInAboutFivePercent() {
    assertEquals(0, countBefore(event -> event.get("amount").isTextual()));
    double share = shareAfter(event -> event.get("amount").isTextual());
    assertTrue(share > 0.04 && share < 0.06, () -> "string amounts: " + share);
    for (JsonNode event : events) {
      if (event.get("amount").isTextual()) {
        assertTrue(event.get("amount").textValue().matches("\\d+\\.\\d\\d"), event::toString);
      }
    }
  }

  /**
   * Weighed goods are 2% of orders by construction: a binomial share over 10,000 events with a standard
   * deviation of 0.14 points, so 1.4% to 2.6% allows more than four of them.
   */
  @Test
  void quantityArrivesAsDecimalOnlyAfterTheChangeInAboutTwoPercent() {
    assertEquals(0, countBefore(event -> !event.get("quantity").isIntegralNumber()));
    double share = shareAfter(event -> !event.get("quantity").isIntegralNumber());
    assertTrue(share > 0.014 && share < 0.026, () -> "decimal quantities: " + share);
    for (JsonNode event : events) {
      BigDecimal quantity = event.get("quantity").decimalValue();
      if (!event.get("quantity").isIntegralNumber()) {
        assertEquals("raw-materials", category(event));
        assertEquals(1, quantity.scale(), event::toString);
      }
      assertTrue(quantity.signum() > 0, event::toString);
    }
  }

  @Test
  void changeAtZeroIsFromTheFirstRowAndAtOneIsNever() throws IOException {
    OrderStreamSpec fromStart = new OrderStreamSpec(500, DEMO.start(), 7, 3, 0, Optional.empty());
    assertTrue(GeneratedEvents.parse(fromStart).stream().allMatch(event -> event.has("shipping")));
    OrderStreamSpec never = new OrderStreamSpec(500, DEMO.start(), 7, 3, 1, Optional.empty());
    assertEquals(500, never.schemaChangeRow());
    assertTrue(GeneratedEvents.parse(never).stream().noneMatch(event -> event.has("shipping")));
  }

  private static String category(JsonNode event) {
    return event.get("product").get("category").textValue();
  }

  private static long countBefore(Predicate<JsonNode> test) {
    return events.subList(0, (int) DEMO.schemaChangeRow()).stream().filter(test).count();
  }

  private static double shareAfter(Predicate<JsonNode> test) {
    List<JsonNode> after = events.subList((int) DEMO.schemaChangeRow(), events.size());
    return (double) after.stream().filter(test).count() / after.size();
  }
}
