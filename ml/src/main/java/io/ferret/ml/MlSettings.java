package io.ferret.ml;

/**
 * Knobs shared by the data path and the probes; the defaults are measured choices (see bench probes).
 *
 * @param seed seed of sampling, splitting and every model
 * @param sampleCap most rows sampled (stratified by class) for training plus holdout
 * @param nominalTopK distinct values kept per text column; the rest become {@code other}
 * @param holdoutFraction share of the sample kept out of training to re-check segments
 * @param timeFeatures derive hour and weekday attributes from timestamp columns
 * @param minSupport smallest share of the training weight a segment may cover
 * @param maxPValue largest holdout p-value (two-proportion test) of a segment that holds up
 * @param clusters EM cluster count; 0 picks one cheaply from a few candidates
 */
public record MlSettings(
    long seed,
    int sampleCap,
    int nominalTopK,
    double holdoutFraction,
    boolean timeFeatures,
    double minSupport,
    double maxPValue,
    int clusters) {

  public static MlSettings defaults() {
    // 25,000 rows: every planted segment of bench probes, bench accuracy and bench rca is found as with 50,000,
    // and J48 and JRip take half the time (the models share two cores with the drill-down at every ask)
    return new MlSettings(42, 25_000, 12, 0.3, false, 0.01, 0.01, 0);
  }

  public MlSettings withSampleCap(int cap) {
    return new MlSettings(seed, cap, nominalTopK, holdoutFraction, timeFeatures, minSupport, maxPValue, clusters);
  }

  public MlSettings withSeed(long newSeed) {
    return new MlSettings(newSeed, sampleCap, nominalTopK, holdoutFraction, timeFeatures, minSupport, maxPValue,
        clusters);
  }

  public MlSettings withTimeFeatures(boolean on) {
    return new MlSettings(seed, sampleCap, nominalTopK, holdoutFraction, on, minSupport, maxPValue, clusters);
  }
}
