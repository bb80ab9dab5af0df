package io.ferret.ingest.kafka;

import io.ferret.ingest.kafka.testing.TestingKafka;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes {@code {"id": n}} messages with increasing ids, spread over a topic's partitions by key, in small
 * paced bursts on a thread of its own, until stopped or a limit is reached: traffic that keeps flowing while
 * consumers come and go.
 */
final class SteadyProducer implements AutoCloseable {
  private static final int BURST = 50;
  private static final long PAUSE_MILLIS = 10;

  private final String topic;
  private final int limit;
  private final AtomicInteger sent = new AtomicInteger();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile RuntimeException failure;

  private SteadyProducer(String topic, int limit) {
    this.topic = topic;
    this.limit = limit;
    this.thread = new Thread(this::run, "steady-producer-" + topic);
  }

  static SteadyProducer start(String topic) {
    return start(topic, Integer.MAX_VALUE);
  }

  /** Starts writing; stops by itself after {@code limit} messages. */
  static SteadyProducer start(String topic, int limit) {
    SteadyProducer producer = new SteadyProducer(topic, limit);
    producer.thread.start();
    return producer;
  }

  private void run() {
    try (KafkaProducer<String, String> producer = TestingKafka.shared().producer()) {
      while (running && sent.get() < limit) {
        for (int i = 0; i < BURST && sent.get() < limit; i++) {
          int id = sent.get();
          producer.send(new ProducerRecord<>(topic, "key-" + id, "{\"id\":" + id + "}"));
          sent.incrementAndGet();
        }
        producer.flush();
        Thread.sleep(PAUSE_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = new IllegalStateException("the producer was interrupted", e);
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  /** Stops after the current burst and returns how many messages were written in all. */
  int stop() throws InterruptedException {
    running = false;
    thread.join();
    if (failure != null) {
      throw failure;
    }
    return sent.get();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
