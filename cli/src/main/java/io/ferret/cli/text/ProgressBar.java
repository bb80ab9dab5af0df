package io.ferret.cli.text;

import io.ferret.ingest.pipeline.ProgressListener;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place with {@code \r}:
 * {@code [#########...........] 45% 1.2M rows 310 MB 850k rows/s}.
 *
 * <p>It draws only for a person at a terminal; otherwise it prints nothing, so redirected output stays clean.
 * Redraws are limited to a few per second, and {@link #clear()} removes the line before results are printed.
 */
public final class ProgressBar implements ProgressListener {
  private static final int BAR_WIDTH = 20;
  private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long startedAt;
  private long drawnAt;
  private int drawnLength;

  public ProgressBar(PrintWriter err, boolean enabled, LongSupplier nanoTime) {
    this.err = Objects.requireNonNull(err, "err is null");
    this.enabled = enabled;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime is null");
    this.startedAt = nanoTime.getAsLong();
    this.drawnAt = startedAt - REDRAW_INTERVAL_NANOS;
  }

  /** A bar on the real clock, drawn only when {@code interactive}. */
  public static ProgressBar forTerminal(PrintWriter err, boolean interactive) {
    return new ProgressBar(err, interactive, System::nanoTime);
  }

  @Override
  public void progress(long rows, long bytes, long totalBytes) {
    if (!enabled) {
      return;
    }
    long now = nanoTime.getAsLong();
    boolean done = totalBytes > 0 && bytes >= totalBytes;
    if (now - drawnAt < REDRAW_INTERVAL_NANOS && !done) {
      return;
    }
    drawnAt = now;
    draw(line(rows, bytes, totalBytes, now - startedAt));
  }

  /** Removes the bar so that the next output starts on a clean line. */
  public void clear() {
    if (drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      drawnLength = 0;
    }
  }

  /** The bar's text for a moment of progress; public for tests. */
  public static String line(long rows, long bytes, long totalBytes, long elapsedNanos) {
    StringBuilder line = new StringBuilder();
    if (totalBytes > 0) {
      double fraction = Math.min(1.0, (double) bytes / totalBytes);
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
          .append(Math.round(fraction * 100)).append("% ");
    }
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    line.append(Numbers.compact(rows)).append(" rows ")
        .append(Numbers.bytes(bytes)).append(' ')
        .append(Numbers.compact(rows / seconds)).append(" rows/s");
    return line.toString();
  }

  private void draw(String line) {
    String padding = " ".repeat(Math.max(0, drawnLength - line.length()));
    err.print("\r" + line + padding);
    err.flush();
    drawnLength = line.length();
  }
}
