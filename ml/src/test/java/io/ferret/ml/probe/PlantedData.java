package io.ferret.ml.probe;

import io.ferret.ml.TrainingSet;
import java.util.Random;

/**
 * Customer-like rows with a planted cause, in the outcome framing (class churned yes/no, interest yes) or the
 * change framing (class period baseline/current, weight the metric, interest baseline: where mass was lost).
 * Columns: region (4 values), channel (3), plan (3 and the other bucket), tenure (months 0..59), spend.
 */
final class PlantedData {
  static final String[] REGIONS = {"EMEA", "AMER", "APAC", "LATAM"};
  static final String[] CHANNELS = {"direct", "partner", "online"};
  static final String[] PLANS = {"basic", "pro", "enterprise", "other"};
  static final double SEGMENT_CHURN = 0.6;
  static final double SHORT_TENURE_CHURN = 0.5;
  static final double BASE_CHURN = 0.05;
  /** Share of the planted segment's baseline mass that is left in the current period. */
  static final double MASS_KEPT = 0.3;

  private PlantedData() {}

  /** Churn 60% in region = EMEA and channel = partner, 5% elsewhere; every row weighs 3 (a 1-in-3 sample). */
  static TrainingSet churnInEmeaPartner(int rows, long seed) {
    return churnInEmeaPartner(rows, seed, SEGMENT_CHURN);
  }

  /** Churn {@code rate} in region = EMEA and channel = partner, 5% elsewhere; every row weighs 3. */
  static TrainingSet churnInEmeaPartner(int rows, long seed, double rate) {
    return outcome().generate(rows, seed, (random, row) -> {
      customer(random, row);
      row.outcome(random.nextDouble() < (inEmeaPartner(row) ? rate : BASE_CHURN) ? "yes" : "no").weight(3);
    });
  }

  /** Churn 50% when tenure < 6 months, 5% otherwise. */
  static TrainingSet churnWithShortTenure(int rows, long seed) {
    return outcome().generate(rows, seed, (random, row) -> {
      customer(random, row);
      row.outcome(random.nextDouble() < (shortTenure(row) ? SHORT_TENURE_CHURN : BASE_CHURN) ? "yes" : "no")
          .weight(3);
    });
  }

  /** Churn 10% everywhere: the class says nothing about the attributes. */
  static TrainingSet noStructure(int rows, long seed) {
    return outcome().generate(rows, seed, (random, row) -> {
      customer(random, row);
      row.outcome(random.nextDouble() < 0.1 ? "yes" : "no").weight(1 + random.nextInt(3));
    });
  }

  /** Spend mass in EMEA partner rows falls to 30% in the current period; elsewhere it stays. */
  static TrainingSet massLostInEmeaPartner(int rows, long seed) {
    return change().generate(rows, seed, (random, row) -> periodRow(random, row, PlantedData::inEmeaPartner));
  }

  /** Spend mass of customers with tenure < 6 falls to 30% in the current period; elsewhere it stays. */
  static TrainingSet massLostWithShortTenure(int rows, long seed) {
    return change().generate(rows, seed, (random, row) -> periodRow(random, row, PlantedData::shortTenure));
  }

  /** Both periods alike everywhere. */
  static TrainingSet massUnchanged(int rows, long seed) {
    return change().generate(rows, seed, (random, row) -> periodRow(random, row, any -> false));
  }

  static boolean inEmeaPartner(SyntheticSet.Row row) {
    return "EMEA".equals(row.get("region")) && "partner".equals(row.get("channel"));
  }

  static boolean shortTenure(SyntheticSet.Row row) {
    return ((Number) row.get("tenure")).doubleValue() < 6;
  }

  private static void periodRow(Random random, SyntheticSet.Row row,
      java.util.function.Predicate<SyntheticSet.Row> planted) {
    customer(random, row);
    boolean current = random.nextBoolean();
    double mass = (Double) row.get("spend");
    row.outcome(current ? "current" : "baseline").weight(current && planted.test(row) ? mass * MASS_KEPT : mass);
  }

  private static void customer(Random random, SyntheticSet.Row row) {
    row.set("region", REGIONS[random.nextInt(REGIONS.length)])
        .set("channel", CHANNELS[random.nextInt(CHANNELS.length)])
        .set("plan", PLANS[random.nextInt(PLANS.length)])
        .set("tenure", (double) random.nextInt(60))
        .set("spend", 50 + 100 * random.nextDouble());
  }

  private static SyntheticSet customers() {
    return SyntheticSet.builder()
        .nominal("region", REGIONS)
        .nominal("channel", CHANNELS)
        .nominal("plan", PLANS)
        .numeric("tenure")
        .numeric("spend");
  }

  private static SyntheticSet outcome() {
    return customers().outcome("churned", "yes", "no", "yes");
  }

  private static SyntheticSet change() {
    return customers().outcome("_period", "baseline", "baseline", "current");
  }
}
