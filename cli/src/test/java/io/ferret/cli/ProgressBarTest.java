package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.cli.text.ProgressBar;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void drawsNothingWhenNoOneWatchesATerminal() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), false, () -> 0);

    bar.progress(1_000, 10_000, 20_000);
    bar.clear();

    assertEquals("", err.toString());
  }

  @Test
  void showsShareRowsBytesAndRate() {
    assertEquals("[#########...........] 45% 1.2M rows 310 MB 850k rows/s",
        ProgressBar.line(1_190_000, 310_000_000, 690_000_000, (long) (1.4 * SECOND)));
  }

  @Test
  void leavesOutTheBarWhenTheSizeIsUnknown() {
    assertEquals("500 rows 2.0 kB 500 rows/s", ProgressBar.line(500, 2_000, -1, SECOND));
  }

  @Test
  void redrawsInPlaceAtMostTenTimesASecondAndClearsTheLine() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);

    now.set(SECOND);
    bar.progress(100, 1_000, 10_000);
    now.set(SECOND + 1_000);
    bar.progress(200, 2_000, 10_000);
    String drawn = err.toString();
    assertEquals(1, drawn.chars().filter(c -> c == '\r').count(), drawn);
    assertTrue(drawn.startsWith("\r[##..................] 10% 100 rows"), drawn);

    bar.clear();
    String cleared = err.toString().substring(drawn.length());
    assertEquals("\r" + " ".repeat(drawn.length() - 1) + "\r", cleared);
  }
}
