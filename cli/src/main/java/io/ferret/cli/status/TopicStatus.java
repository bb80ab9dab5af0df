package io.ferret.cli.status;

/**
 * One topic in {@code ferret status}. Figures only a running server knows are null when read from a store.
 *
 * @param topic the topic
 * @param table the table it lands in
 * @param partitions its partitions this server owns, or that have offsets in the store
 * @param pausedPartitions partitions paused because the store fell behind
 * @param lag messages in the topic not landed yet
 * @param eventsPerSecond messages landed per second over the last ten seconds
 * @param consumed messages read since the server started; those not landed yet wait in memory
 * @param landed messages landed since the server started
 * @param rejects messages of the topic in {@code ferret_rejects}, ever
 */
public record TopicStatus(
    String topic,
    String table,
    int partitions,
    Integer pausedPartitions,
    Long lag,
    Double eventsPerSecond,
    Long consumed,
    Long landed,
    long rejects) {}
