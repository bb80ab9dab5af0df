package io.ferret.investigator;

import java.time.Instant;

/** The metric over one period of the chart series (a day or a week, starting at {@code start}). */
public record SeriesPoint(Instant start, double value) {}
