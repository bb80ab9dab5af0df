package io.ferret.cli.status;

import java.util.List;
import java.util.Objects;

/**
 * What {@code ferret status} shows, and what {@code GET /status} returns as JSON.
 *
 * @param source where the figures come from: the server's address or the store's path
 * @param ingest the Kafka ingest's state (starting, running, stopped, failed), "not configured", or null when
 *     read from a store, which cannot tell
 * @param error why ingest failed; null otherwise
 * @param topics each topic consumed now or landed before, by name
 * @param tables each table, by name
 */
public record StatusReport(
    String source, String ingest, String error, List<TopicStatus> topics, List<TableStatus> tables) {
  public StatusReport {
    Objects.requireNonNull(source, "source is null");
    topics = List.copyOf(topics);
    tables = List.copyOf(tables);
  }
}
