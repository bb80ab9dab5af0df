package io.ferret.cli.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.FerretException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackSectionTest {
  @TempDir
  Path folder;

  @Test
  void exampleFileAllowListIsRead() {
    SlackSection section = SlackSection.read(Path.of("..", "ferret.example.yml"));

    assertEquals(4, section.questionsAtOnce());
    assertEquals(Optional.of(List.of("orders", "refunds")), section.access().tables("C0456GHIJKL", false));
    assertEquals(Optional.empty(), section.access().tables("C0NOTLISTED", false));
    assertEquals(Optional.of(List.of("orders")), section.access().tables("D0ANY", true));
  }

  @Test
  void noSectionLetsEveryChannelAsk() throws IOException {
    Path file = Files.writeString(folder.resolve("ferret.yml"), "store:\n  path: x.duckdb\n");

    assertTrue(SlackSection.read(file).access().isOpen());
  }

  @Test
  void misspeltKeyIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("ferret.yml"), "slack:\n  chanels: {C1: [orders]}\n");

    FerretException e = assertThrows(FerretException.class, () -> SlackSection.read(file));
    assertTrue(e.getMessage().contains("chanels"), e.getMessage());
  }

  @Test
  void channelWithNoTablesIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("ferret.yml"), "slack:\n  channels: {C1: []}\n");

    FerretException e = assertThrows(FerretException.class, () -> SlackSection.read(file));
    assertTrue(e.getMessage().contains("C1 lists no tables"), e.getMessage());
  }
}
