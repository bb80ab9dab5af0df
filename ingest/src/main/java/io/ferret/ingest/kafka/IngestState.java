package io.ferret.ingest.kafka;

/** Where a Kafka ingestor is in its life. */
public enum IngestState {
  /** Created or joining the group; nothing consumed yet. */
  STARTING,
  /** Consuming and landing. */
  RUNNING,
  /** Closed after landing everything it had read. */
  STOPPED,
  /** Stopped by an error; what it had not landed will be read again from the stored offsets. */
  FAILED
}
