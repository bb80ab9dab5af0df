package io.ferret.bench.accuracy;

import io.ferret.bench.accuracy.Domain.DimensionSpec;
import io.ferret.bench.accuracy.Domain.Direction;
import io.ferret.bench.accuracy.Domain.MetricKind;
import io.ferret.bench.accuracy.Domain.NumericSpec;
import io.ferret.bench.accuracy.Domain.Phrasing;
import io.ferret.bench.accuracy.Scenario.Drift;
import io.ferret.bench.accuracy.Scenario.Kind;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws scenarios from a seed: the domain in turn, then at random the value sets and their weights, the kind
 * of case, the planted segment, the effect size, the volume, the question and the drift. Every scenario has its
 * own seed, so the n-th scenario is the same whatever {@code count} is.
 */
final class ScenarioGenerator {
  /** Below this share of the events a planted segment is too thin to be a fair test. */
  private static final double MIN_SINGLE_SHARE = 0.08;
  private static final double MIN_PAIR_SHARE = 0.04;
  private static final int ATTEMPTS = 50;
  private static final double FAIR_Z = 5;
  private static final int MAX_ROWS = 600_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);

  private final List<Domain> domains;
  private final long seed;

  ScenarioGenerator(List<Domain> domains, long seed) {
    this.domains = List.copyOf(domains);
    this.seed = seed;
  }

  List<Scenario> generate(int count) {
    List<Scenario> scenarios = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      scenarios.add(scenario(i, domains.get(i % domains.size())));
    }
    return scenarios;
  }

  private Scenario scenario(int id, Domain domain) {
    long scenarioSeed = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (id + 1))).nextLong();
    SplittableRandom random = new SplittableRandom(scenarioSeed);
    List<DimensionSpec> dimensions = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (DimensionSpec spec : domain.dimensions()) {
      DimensionSpec subset = valueSubset(spec, random);
      dimensions.add(subset);
      weights.add(skewedWeights(subset.values().size(), random));
    }
    Phrasing phrasing = domain.phrasings().get(random.nextInt(domain.phrasings().size()));
    Kind kind = random.nextDouble() < 0.7 ? Kind.PLANTED
        : domain.asksForDrivers() || random.nextBoolean() ? Kind.NOISE_ONLY : Kind.UNIFORM_CHANGE;
    List<Predicate> planted = kind == Kind.PLANTED
        ? plant(domain, dimensions, weights, random) : List.of();
    boolean up = switch (phrasing.direction()) {
      case UP -> true;
      case DOWN -> false;
      case EITHER -> random.nextBoolean();
    };
    double baseRate = domain.asksForDrivers() ? between(random, 0.08, 0.18) : between(random, 0.06, 0.2);
    double effect = effect(domain, kind, up, baseRate, random);
    int rows = domain.asksForDrivers() ? (int) between(random, 6_000, 20_000)
        : (int) between(random, 60_000, 140_000);
    Drift drift = random.nextBoolean() ? Drift.NONE : Drift.values()[1 + random.nextInt(3)];
    boolean scalesValue = domain.metric() == MetricKind.SUM && random.nextBoolean();
    Instant asOf = asOf(random);
    if (kind == Kind.PLANTED && domain.metric() == MetricKind.RATE && !domain.asksForDrivers()) {
      TimeWindow current = phrasing.window().current(asOf);
      Duration window = Duration.between(current.from(), current.to());
      rows = detectableRows(rows, share(planted, dimensions, weights), baseRate, effect, window);
    }
    return new Scenario(id, domain, kind, planted, phrasing, dimensions, weights, baseRate, effect, scalesValue,
        rows, asOf, drift, scenarioSeed);
  }

  /**
   * Enough rows for a planted rate change to be told from noise: the expected z-score of its difference in
   * differences (the segment's rate moving from the base rate to the effect while the rest stays) at least
   * {@value #FAIR_Z}, which clears a 1% false discovery rate over a few hundred segment tests most of the time.
   * With too few rows in the window, in the segment or in the rest, no method can find the planted segment, and
   * missing it would say nothing about Ferret.
   */
  static int detectableRows(int rows, double share, double baseRate, double effect, Duration window) {
    double windowShare = (double) window.toMinutes() / EventWriter.HISTORY.toMinutes();
    double perRowVariance = (baseRate * (1 - baseRate) + effect * (1 - effect)) / share
        + 2 * baseRate * (1 - baseRate) / (1 - share);
    double needed = perRowVariance * Math.pow(FAIR_Z / Math.abs(effect - baseRate), 2) / windowShare;
    return (int) Math.min(MAX_ROWS, Math.max(rows, Math.ceil(needed)));
  }

  /** The planted segment's expected share of the events: the product of its values' weights. */
  private static double share(List<Predicate> planted, List<DimensionSpec> dimensions, List<double[]> weights) {
    double share = 1;
    for (Predicate predicate : planted) {
      for (int d = 0; d < dimensions.size(); d++) {
        int value = dimensions.get(d).values().indexOf(predicate.value());
        if (dimensions.get(d).column().equals(predicate.column()) && value >= 0) {
          share *= weights.get(d)[value];
        }
      }
    }
    return share;
  }

  private static DimensionSpec valueSubset(DimensionSpec spec, SplittableRandom random) {
    List<String> values = new ArrayList<>(spec.values());
    shuffle(values, random);
    int keep = Math.min(values.size(), 2 + random.nextInt(values.size()));
    return new DimensionSpec(spec.column(), values.subList(0, Math.max(2, keep)));
  }

  /** Log-normal weights: real value mixes are skewed, with one or two values taking most events. */
  private static double[] skewedWeights(int size, SplittableRandom random) {
    double[] weights = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      weights[i] = Math.exp(0.7 * gaussian(random));
      sum += weights[i];
    }
    for (int i = 0; i < size; i++) {
      weights[i] /= sum;
    }
    return weights;
  }

  private static List<Predicate> plant(Domain domain, List<DimensionSpec> dimensions, List<double[]> weights,
      SplittableRandom random) {
    double shape = random.nextDouble();
    if (domain.asksForDrivers() && shape < 0.35) {
      return List.of(threshold(domain.numerics().get(random.nextInt(domain.numerics().size())), random));
    }
    boolean pair = shape > (domain.asksForDrivers() ? 0.75 : 0.65);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<List<Predicate>> segment = pair ? pair(dimensions, weights, random)
          : single(dimensions, weights, random);
      if (segment.isPresent()) {
        return segment.get();
      }
    }
    throw new IllegalStateException("no segment of fair size in " + ATTEMPTS + " draws for " + domain.name());
  }

  private static Optional<List<Predicate>> single(List<DimensionSpec> dimensions, List<double[]> weights,
      SplittableRandom random) {
    int d = random.nextInt(dimensions.size());
    int v = random.nextInt(dimensions.get(d).values().size());
    return weights.get(d)[v] < MIN_SINGLE_SHARE ? Optional.empty()
        : Optional.of(List.of(equal(dimensions.get(d), v)));
  }

  private static Optional<List<Predicate>> pair(List<DimensionSpec> dimensions, List<double[]> weights,
      SplittableRandom random) {
    int first = random.nextInt(dimensions.size());
    int second = (first + 1 + random.nextInt(dimensions.size() - 1)) % dimensions.size();
    int v1 = random.nextInt(dimensions.get(first).values().size());
    int v2 = random.nextInt(dimensions.get(second).values().size());
    double share = weights.get(first)[v1] * weights.get(second)[v2];
    return share < MIN_PAIR_SHARE ? Optional.empty()
        : Optional.of(List.of(equal(dimensions.get(first), v1), equal(dimensions.get(second), v2)));
  }

  private static Predicate equal(DimensionSpec dimension, int value) {
    return new Predicate(dimension.column(), Operator.EQ, dimension.values().get(value));
  }

  /** A tail of 10–25% of the field's range: below a low threshold or at or above a high one. */
  private static Predicate threshold(NumericSpec numeric, SplittableRandom random) {
    double tail = between(random, 0.10, 0.25) * (numeric.max() - numeric.min());
    boolean low = random.nextBoolean();
    double at = low ? numeric.min() + tail : numeric.max() - tail;
    Object value = numeric.integral() ? (Object) Math.round(at) : (Object) (Math.round(at * 10) / 10.0);
    return new Predicate(numeric.column(), low ? Operator.LT : Operator.GE, value);
  }

  private static double effect(Domain domain, Kind kind, boolean up, double baseRate, SplittableRandom random) {
    if (kind == Kind.NOISE_ONLY) {
      return domain.metric() == MetricKind.RATE ? baseRate : 1;
    }
    boolean planted = kind == Kind.PLANTED;
    if (domain.metric() == MetricKind.RATE) {
      if (domain.asksForDrivers()) {
        return between(random, 0.4, 0.65);
      }
      double factor = up ? (planted ? between(random, 2.0, 3.0) : between(random, 1.3, 1.6))
          : (planted ? between(random, 0.15, 0.45) : between(random, 0.6, 0.8));
      return Math.min(0.9, baseRate * factor);
    }
    return up ? (planted ? between(random, 1.7, 2.8) : between(random, 1.2, 1.5))
        : (planted ? between(random, 0.25, 0.55) : between(random, 0.6, 0.85));
  }

  /** A day from the 10th on (so "this month" has days in it), at a daytime hour. */
  private static Instant asOf(SplittableRandom random) {
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(600));
    if (day.getDayOfMonth() < 10) {
      day = day.plusDays(10);
    }
    return day.atStartOfDay(ZoneOffset.UTC).toInstant()
        .plus(Duration.ofMinutes(6 * 60 + random.nextInt(16 * 60)));
  }

  static double between(SplittableRandom random, double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  static double gaussian(SplittableRandom random) {
    // Box–Muller: SplittableRandom has no nextGaussian in Java 17
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}
