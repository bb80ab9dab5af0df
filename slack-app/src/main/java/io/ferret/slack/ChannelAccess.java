package io.ferret.slack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-channel allow-list: which tables each channel may ask about.
 *
 * @param channels channel id to the tables it may query; empty lets every channel query every table
 * @param directMessages the tables direct messages may query; empty lets them query every table
 */
public record ChannelAccess(Map<String, List<String>> channels, List<String> directMessages) {
  public ChannelAccess {
    // an empty list would read as "every table", the opposite of what an admin who wrote [] means
    channels.forEach((channel, tables) -> {
      if (tables == null || tables.isEmpty()) {
        throw new IllegalArgumentException("channel " + channel + " lists no tables; remove it to refuse it");
      }
    });
    channels = Map.copyOf(channels);
    directMessages = List.copyOf(directMessages);
  }

  /** No allow-list: every channel and DM may query every table. */
  public static ChannelAccess open() {
    return new ChannelAccess(Map.of(), List.of());
  }

  /** True when no allow-list is configured, which deserves a warning at startup. */
  public boolean isOpen() {
    return channels.isEmpty();
  }

  /**
   * The tables a conversation may query: empty when it may not ask at all, an empty list inside when it may
   * query every table.
   */
  public Optional<List<String>> tables(String channel, boolean directMessage) {
    if (directMessage) {
      return Optional.of(directMessages);
    }
    if (isOpen()) {
      return Optional.of(List.of());
    }
    return Optional.ofNullable(channels.get(channel));
  }
}
