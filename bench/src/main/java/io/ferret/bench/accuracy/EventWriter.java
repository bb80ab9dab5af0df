package io.ferret.bench.accuracy;

import io.ferret.bench.accuracy.Domain.DimensionSpec;
import io.ferret.bench.accuracy.Domain.MetricKind;
import io.ferret.bench.accuracy.Domain.NumericSpec;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a scenario's events as JSONL, in time order over the 120 days before the question: the change acts
 * inside the window the question names, and the drift starts halfway through the stream.
 */
final class EventWriter {
  static final Duration HISTORY = Duration.ofDays(120);

  private EventWriter() {}

  /** Writes the events and returns how many were written. */
  static long write(Scenario scenario, Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(scenario.seed());
    Instant start = scenario.asOf().minus(HISTORY);
    long spanMillis = HISTORY.toMillis();
    long[] offsets = new long[scenario.rows()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = (long) (random.nextDouble() * spanMillis);
    }
    Arrays.sort(offsets);
    Instant midpoint = start.plus(HISTORY.dividedBy(2));
    TimeWindow window = scenario.phrasing().window().current(scenario.asOf());
    long written = 0;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (long offset : offsets) {
        Instant time = start.plusMillis(offset);
        Map<String, Object> event = draw(scenario, random);
        boolean changed = affected(scenario, event, !time.isBefore(window.from()) && time.isBefore(window.to()));
        for (int copy = copies(scenario, changed, random); copy > 0; copy--) {
          out.write(json(scenario, event, time, changed, !time.isBefore(midpoint), random));
          out.write('\n');
          written++;
        }
      }
    }
    return written;
  }

  private static Map<String, Object> draw(Scenario scenario, SplittableRandom random) {
    Map<String, Object> event = new HashMap<>();
    for (int d = 0; d < scenario.dimensions().size(); d++) {
      DimensionSpec dimension = scenario.dimensions().get(d);
      event.put(dimension.column(), dimension.values().get(pick(scenario.weights().get(d), random)));
    }
    for (NumericSpec numeric : scenario.domain().numerics()) {
      double value = ScenarioGenerator.between(random, numeric.min(), numeric.max());
      event.put(numeric.column(), numeric.integral() ? Math.rint(value) : value);
    }
    return event;
  }

  private static boolean affected(Scenario scenario, Map<String, Object> event, boolean inWindow) {
    return switch (scenario.kind()) {
      case NOISE_ONLY -> false;
      case UNIFORM_CHANGE -> inWindow;
      case PLANTED -> inWindow && scenario.planted().stream().allMatch(p -> holds(p, event.get(p.column())));
    };
  }

  /** Volume changes thin or repeat the events they touch; other changes keep one copy of each. */
  private static int copies(Scenario scenario, boolean changed, SplittableRandom random) {
    boolean volume = scenario.domain().metric() != MetricKind.RATE && !scenario.scalesValue();
    if (!changed || !volume) {
      return 1;
    }
    double factor = scenario.effect();
    int whole = (int) Math.floor(factor);
    return whole + (random.nextDouble() < factor - whole ? 1 : 0);
  }

  private static String json(Scenario scenario, Map<String, Object> event, Instant time, boolean changed,
      boolean secondHalf, SplittableRandom random) {
    Domain domain = scenario.domain();
    StringBuilder line = new StringBuilder(256).append('{');
    field(line, domain.timeColumn()).append('"').append(time).append('"');
    for (DimensionSpec dimension : scenario.dimensions()) {
      field(line, dimension.column()).append('"').append(event.get(dimension.column())).append('"');
    }
    // the first numeric field is the one whose type widens: whole numbers first, decimals later
    boolean first = true;
    for (NumericSpec numeric : domain.numerics()) {
      double value = (double) event.get(numeric.column());
      if (changed && scenario.scalesValue() && numeric.column().equals(domain.measure())) {
        value *= scenario.effect();
      }
      boolean integral = first && scenario.drift().widensType() ? !secondHalf : numeric.integral();
      field(line, numeric.column()).append(integral ? Long.toString(Math.round(value))
          : String.format(Locale.ROOT, "%.2f", value));
      first = false;
    }
    if (domain.metric() == MetricKind.RATE) {
      double rate = changed ? scenario.effect() : scenario.baseRate();
      field(line, domain.measure()).append(random.nextDouble() < rate);
    }
    if (scenario.drift().addsField() && secondHalf) {
      field(line, domain.addedField()).append('"')
          .append(domain.addedValues().get(random.nextInt(domain.addedValues().size()))).append('"');
    }
    return line.append('}').toString();
  }

  private static StringBuilder field(StringBuilder line, String name) {
    if (line.length() > 1) {
      line.append(',');
    }
    return line.append('"').append(name).append("\":");
  }

  /** Whether a value satisfies a planted condition; thresholds compare the value as it is written. */
  static boolean holds(Predicate predicate, Object value) {
    return switch (predicate.op()) {
      case EQ -> predicate.value().equals(value);
      case LT -> number(value) < number(predicate.value());
      case GE -> number(value) >= number(predicate.value());
      default -> throw new IllegalStateException("the generator plants only =, < and >=: " + predicate);
    };
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  private static int pick(double[] weights, SplittableRandom random) {
    double draw = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
