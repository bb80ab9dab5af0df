package io.ferret.ml.probe;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads that never keep the JVM alive: an abandoned model may still be running when the program ends. */
final class DaemonThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  DaemonThreads(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix is null");
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
