package io.ferret.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelAccessTest {
  private final ChannelAccess access = new ChannelAccess(Map.of("C1", List.of("orders")), List.of("refunds"));

  @Test
  void listedChannelGetsItsTablesAndOthersNone() {
    assertEquals(Optional.of(List.of("orders")), access.tables("C1", false));
    assertEquals(Optional.empty(), access.tables("C2", false));
  }

  @Test
  void directMessagesFollowTheirOwnSetting() {
    assertEquals(Optional.of(List.of("refunds")), access.tables("D1", true));
  }

  @Test
  void withoutAnAllowListEveryChannelMayAskAboutEveryTable() {
    assertEquals(Optional.of(List.of()), ChannelAccess.open().tables("C9", false));
  }

  @Test
  void channelWithNoTablesIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> new ChannelAccess(Map.of("C1", List.of()), List.of()));
  }
}
