package io.ferret.ingest.evolution;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates event streams whose shape drifts at random: fields appear, change type, nest, go null, and
 * arrive with awkward names. Seeded, so a failing seed can be replayed.
 */
final class DriftingEventGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] AWKWARD_NAMES = {
      "Amount", "amount", "a.b", "", "select", "naïve ✓", "x\"; DROP TABLE t; --", "ORDER", "x".repeat(200)};

  /** How a drifting field currently produces values. */
  private enum Shape { INTEGER, DECIMAL, NUMERIC_TEXT, TEXT, BOOLEAN, TIMESTAMP, DATE, ARRAY, NESTED, HUGE }

  private final SplittableRandom random;
  private final List<String> names = new ArrayList<>();
  private final List<Shape> shapes = new ArrayList<>();

  DriftingEventGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    for (int i = 0; i < 4; i++) {
      addField();
    }
  }

  List<ObjectNode> events(int count) {
    List<ObjectNode> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      drift();
      events.add(event(i));
    }
    return events;
  }

  private void drift() {
    double roll = random.nextDouble();
    if (roll < 0.01) {
      addField();
    } else if (roll < 0.02) {
      int field = random.nextInt(shapes.size());
      shapes.set(field, randomShape());
    }
  }

  private void addField() {
    boolean awkward = random.nextInt(3) == 0;
    names.add(awkward ? AWKWARD_NAMES[random.nextInt(AWKWARD_NAMES.length)] : "f" + names.size());
    shapes.add(randomShape());
  }

  private Shape randomShape() {
    Shape[] all = Shape.values();
    return all[random.nextInt(all.length)];
  }

  private ObjectNode event(int index) {
    ObjectNode event = NODES.objectNode();
    event.put("id", "evt-" + index);
    for (int f = 0; f < names.size(); f++) {
      if (random.nextInt(10) == 0) {
        continue; // absent
      }
      if (random.nextInt(10) == 0) {
        event.putNull(names.get(f));
        continue;
      }
      // a rare value of another shape: the minority that must not change the column
      Shape shape = random.nextInt(50) == 0 ? randomShape() : shapes.get(f);
      event.set(names.get(f), value(shape));
    }
    return event;
  }

  private com.fasterxml.jackson.databind.JsonNode value(Shape shape) {
    return switch (shape) {
      case INTEGER -> NODES.numberNode(random.nextLong(-1_000_000, 1_000_000));
      case DECIMAL -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(100_000) + "." + random.nextInt(100)));
      case NUMERIC_TEXT -> NODES.textNode(random.nextInt(1000) + "." + (10 + random.nextInt(90)));
      case TEXT -> NODES.textNode("v" + random.nextInt(50) + (random.nextBoolean() ? "" : " ünï"));
      case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
      case TIMESTAMP -> NODES.textNode(java.time.Instant.ofEpochSecond(1_700_000_000L + random.nextInt(10_000_000))
          .atOffset(java.time.ZoneOffset.ofHours(random.nextInt(-5, 6))).toString());
      case DATE -> NODES.textNode(java.time.LocalDate.ofEpochDay(19_000 + random.nextInt(1000)).toString());
      case ARRAY -> NODES.arrayNode().add(random.nextInt(10)).add("x");
      case NESTED -> {
        ObjectNode nested = NODES.objectNode();
        nested.put("plan", "p" + random.nextInt(3));
        nested.putObject("geo").put("zip", "0" + random.nextInt(1000, 9999));
        yield nested;
      }
      case HUGE -> NODES.numberNode(BigInteger.TEN.pow(25).add(BigInteger.valueOf(random.nextInt(1000))));
    };
  }
}
