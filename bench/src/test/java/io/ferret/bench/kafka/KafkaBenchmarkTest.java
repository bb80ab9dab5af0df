package io.ferret.bench.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBenchmarkTest {
  private static final long EVENTS = 20_000;

  @TempDir Path parent;

  @Test
  void measuresBothConsumersOnTheSameEventsAndTheLatencyOfEveryEvent() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    KafkaBenchmarkOptions options = KafkaBenchmarkOptions.defaults().withEvents(EVENTS).withWarmupEvents(1_000)
        .withLatency(2_000, Duration.ofSeconds(2)).withWorkParent(parent);

    KafkaBenchmarkReport report = KafkaBenchmark.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(EVENTS, report.discard().rowsInTable());
    assertEquals(EVENTS, report.ferret().rowsInTable(), "every event became a row");
    assertTrue(report.ratio() > 0, "ratio");
    LatencyMeasurement latency = report.latency().orElseThrow();
    assertEquals(4_000, latency.events());
    assertEquals(latency.events(), latency.sortedMillis().length, "a latency for every event sent");
    assertTrue(latency.percentile(0.5).compareTo(latency.percentile(0.99)) <= 0);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.lines().anyMatch(line -> line.startsWith("ratio ferret/discard ")), text);
    try (Stream<Path> left = Files.list(parent)) {
      assertEquals(0, left.count(), "the benchmark's folder is removed");
    }
  }
}
