package io.ferret.ingest.kafka;

/**
 * How far one topic has come in this process.
 *
 * @param topic the topic
 * @param table the table it lands in
 * @param partitions partitions of it this consumer owns now
 * @param pausedPartitions owned partitions paused because the store fell behind
 * @param consumed messages read since start
 * @param landed messages that became rows since start
 * @param rejected messages sent to {@code ferret_rejects} since start
 * @param lag messages in the topic not landed yet, over the owned partitions; null until known
 * @param eventsPerSecond messages landed per second, over the last ten seconds
 */
public record TopicProgress(
    String topic,
    String table,
    int partitions,
    int pausedPartitions,
    long consumed,
    long landed,
    long rejected,
    Long lag,
    double eventsPerSecond) {}
