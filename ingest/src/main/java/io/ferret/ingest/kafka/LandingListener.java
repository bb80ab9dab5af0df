package io.ferret.ingest.kafka;

/** Told of every batch after it committed, on the thread that writes to the store; must return quickly. */
@FunctionalInterface
public interface LandingListener {
  LandingListener NONE = batch -> { };

  void landed(LandedBatch batch);
}
