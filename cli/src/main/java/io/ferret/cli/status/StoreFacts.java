package io.ferret.cli.status;

import java.util.List;

/**
 * What a store records of ingest: per topic its stored partitions and rejects, per table its latest change.
 *
 * @param topics each topic with offsets or rejects in the store, by name
 * @param tables each table, by name
 */
record StoreFacts(List<StoredTopic> topics, List<TableStatus> tables) {

  /**
   * @param table the table its offsets name; null when the topic only has rejects
   * @param partitions partitions with a stored offset
   */
  record StoredTopic(String topic, String table, int partitions, long rejects) {}
}
