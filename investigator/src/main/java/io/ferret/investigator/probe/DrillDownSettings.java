package io.ferret.investigator.probe;

/**
 * How wide the drill-down looks.
 *
 * @param maxDimensions most dimensions drilled into (single ones and their pairs)
 * @param maxDistinct most distinct values a column may have to be a dimension when the schema picks them
 * @param maxTripleDimensions triples of dimensions are tested only up to this many dimensions
 * @param maxPairDimensions pairs are tested among at most this many dimensions, those whose strongest single value
 *     departs most from the rest; every dimension is still tested alone
 * @param minValueShare smallest share of the rows a value needs to count in what is ruled out
 * @param screenRows a driver question over more rows than this screens a sample of about this many
 *     ({@link ScreenSample})
 */
public record DrillDownSettings(int maxDimensions, int maxDistinct, int maxTripleDimensions, int maxPairDimensions,
    double minValueShare, long screenRows) {
  public DrillDownSettings {
    if (maxDimensions < 1 || maxDistinct < 2) {
      throw new IllegalArgumentException("the drill-down needs at least one dimension of two values");
    }
  }

  public static DrillDownSettings defaults() {
    return new DrillDownSettings(12, 50, 6, 6, 0.01, 1_000_000);
  }
}
