package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogLevelTest {
  @Test
  void oneShotCommandsAreSilentUnlessVerboseAndServersLogWarnings() {
    assertEquals("off", LogLevel.level(List.of("ask", "--db", "x.duckdb", "why?")));
    assertEquals("warn", LogLevel.level(List.of("ask", "--verbose", "why?")));
    assertEquals("warn", LogLevel.level(List.of("serve", "--config", "ferret.yml")));
    assertEquals("warn", LogLevel.level(List.of("slack", "--db", "x.duckdb")));
    assertEquals("off", LogLevel.level(List.of("digest", "--db", "serve")));
  }
}
