package io.ferret.cli.demo;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.sample.GeneratedStream;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes the demo's input: the generated order stream followed by a few deliberately malformed lines. */
final class DemoStream {
  /** Lines no JSONL reader can take, one of each kind: invalid JSON, an array, an object cut short. */
  static final List<String> MALFORMED_LINES = List.of(
      "order ord-broken-1 amount=12.50",
      "[\"ord-broken-2\", \"2026-11-15T23:59:59Z\", 12.50]",
      "{\"order_id\":\"ord-broken-3\",\"ts\":\"2026-11-15T23:59:59Z\",\"amount\":");

  private DemoStream() {}

  /** Generates the spec's stream into {@code file} and appends {@link #MALFORMED_LINES}. */
  static GeneratedStream write(OrderStreamSpec spec, Path file) {
    try {
      GeneratedStream stream = OrderStreamGenerator.write(spec, file);
      Files.write(file, MALFORMED_LINES, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      return stream;
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot write the demo data to " + file + ": " + e.getMessage(), e);
    }
  }
}
