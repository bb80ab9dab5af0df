package io.ferret.ingest.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Gives each row its time. Orders follow a piecewise-constant rate: busy on weekday afternoons UTC, quiet at
 * night and on weekends, scaled inside a planted incident's window. Row i of n lands at the (i + jitter) / n
 * quantile of that rate, so times come out sorted and every window holds almost exactly its expected share of
 * rows, which keeps week-over-week comparisons free of volume noise.
 */
final class OrderClock {
  /** Relative rate per UTC hour: lowest when the Americas and Europe are both asleep. */
  private static final double[] HOUR_OF_DAY = {
    0.35, 0.28, 0.22, 0.20, 0.20, 0.25, 0.35, 0.50, 0.70, 0.90, 1.00, 1.05,
    1.10, 1.15, 1.20, 1.20, 1.15, 1.10, 1.00, 0.90, 0.80, 0.70, 0.55, 0.45
  };

  /** Relative rate per weekday, Monday first: business buyers mostly take weekends off. */
  private static final double[] DAY_OF_WEEK = {1.00, 1.04, 1.05, 1.03, 0.95, 0.52, 0.46};

  private static final int SECONDS_PER_HOUR = 3600;

  private final int pieces;
  private final long[] pieceStart;
  /** Seconds per unit of weight in each piece. */
  private final double[] secondsPerWeight;
  /** Total weight of the pieces before each piece; one entry more than pieces, the last being the total. */
  private final double[] weightBefore;
  private final double weightPerRow;
  private final long lastSecond;
  private int piece;

  OrderClock(OrderStreamSpec spec, IncidentPlan incident) {
    long start = spec.start().getEpochSecond();
    long end = spec.end().getEpochSecond();
    // Pieces break at every hour and at the incident's edges; the start may fall mid-hour.
    int maxPieces = spec.days() * 24 + 3;
    pieceStart = new long[maxPieces];
    secondsPerWeight = new double[maxPieces];
    weightBefore = new double[maxPieces + 1];
    int count = 0;
    for (long second = start; second < end; count++) {
      long next = Math.min(end, (Math.floorDiv(second, SECONDS_PER_HOUR) + 1) * SECONDS_PER_HOUR);
      next = splitAt(incident.windowStart(), second, next);
      next = splitAt(incident.windowEnd(), second, next);
      pieceStart[count] = second;
      double rate = baseRate(second) * (incident.covers(second) ? incident.rateFactor() : 1);
      secondsPerWeight[count] = 1 / rate;
      weightBefore[count + 1] = weightBefore[count] + rate * (next - second);
      second = next;
    }
    pieces = count;
    weightPerRow = weightBefore[count] / spec.rows();
    lastSecond = end - 1;
  }

  /** Epoch second of a row; rows must be asked for in increasing order. */
  long secondOf(long row, double jitter) {
    double target = (row + jitter) * weightPerRow;
    while (piece < pieces - 1 && weightBefore[piece + 1] <= target) {
      piece++;
    }
    long second = pieceStart[piece] + (long) ((target - weightBefore[piece]) * secondsPerWeight[piece]);
    return Math.min(second, lastSecond);
  }

  private static long splitAt(long boundary, long pieceFrom, long pieceTo) {
    return boundary > pieceFrom && boundary < pieceTo ? boundary : pieceTo;
  }

  private static double baseRate(long epochSecond) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    return HOUR_OF_DAY[time.getHour()] * DAY_OF_WEEK[time.getDayOfWeek().ordinal()];
  }
}
