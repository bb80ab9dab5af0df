package io.ferret.slack;

import io.ferret.investigator.ProbeProgress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns "a probe finished" into chat.update calls on the "Investigating…" message, sent one after the other off
 * the probe threads. {@link #finish} waits for those queued and queues no more, so none overwrites the answer.
 */
final class ProgressUpdates implements ProbeProgress {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressUpdates.class);

  private final SlackWeb web;
  private final Executor executor;
  private final String channel;
  private final String ts;
  private final String question;
  private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
  private boolean finished;

  ProgressUpdates(SlackWeb web, Executor executor, String channel, String ts, String question) {
    this.web = web;
    this.executor = executor;
    this.channel = channel;
    this.ts = ts;
    this.question = question;
  }

  @Override
  public synchronized void probeFinished(int done, int planned) {
    if (!finished) {
      last = last.thenRunAsync(() -> update(AnswerMessage.progress(question, done, planned)), executor);
    }
  }

  /** Stops further updates and waits for those already sent. */
  void finish() {
    CompletableFuture<Void> pending;
    synchronized (this) {
      finished = true;
      pending = last;
    }
    pending.join();
  }

  private void update(AnswerMessage message) {
    try {
      web.update(channel, ts, message);
    } catch (RuntimeException e) {
      // a lost progress update only delays the news; the answer still replaces the message
      LOG.warn("progress update of {} in {} failed: {}", ts, channel, e.getMessage());
    }
  }
}
