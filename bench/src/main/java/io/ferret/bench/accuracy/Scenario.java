package io.ferret.bench.accuracy;

import io.ferret.bench.accuracy.Domain.DimensionSpec;
import io.ferret.bench.accuracy.Domain.Phrasing;
import io.ferret.ml.Predicate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One generated case: a domain's events with a cause planted (or none), and the question asked about them.
 *
 * @param id the scenario's number in the run
 * @param domain the business domain
 * @param kind a planted driver, or one of the two null cases
 * @param planted the planted segment's conditions; empty for the null cases
 * @param phrasing the question asked
 * @param dimensions the value sets this scenario uses, a random subset of the domain's
 * @param weights for each dimension, the share of events each of its values gets
 * @param baseRate the outcome rate outside the change (rate metrics)
 * @param effect what the change does where it applies: the volume factor (counts and sums), or the outcome rate
 *     (rate metrics)
 * @param scalesValue for sums, the change scales each event's value rather than the number of events
 * @param rows how many events to write before the change thins or adds any
 * @param asOf the moment the question is asked
 * @param drift the schema drift halfway through the stream
 * @param seed the seed the events are drawn from
 */
record Scenario(
    int id, Domain domain, Kind kind, List<Predicate> planted, Phrasing phrasing, List<DimensionSpec> dimensions,
    List<double[]> weights, double baseRate, double effect, boolean scalesValue, int rows, Instant asOf,
    Drift drift, long seed) {
  Scenario {
    Objects.requireNonNull(domain, "domain is null");
    planted = List.copyOf(planted);
    dimensions = List.copyOf(dimensions);
    weights = List.copyOf(weights);
    if ((kind == Kind.PLANTED) == planted.isEmpty()) {
      throw new IllegalArgumentException("only a planted scenario has a planted segment");
    }
  }

  /** A planted driver or a case where no segment should be named. */
  enum Kind {
    PLANTED, NOISE_ONLY, UNIFORM_CHANGE;

    boolean isNull() {
      return this != PLANTED;
    }
  }

  /** The schema change halfway through the stream. */
  enum Drift {
    NONE, FIELD_ADDED, TYPE_WIDENED, BOTH;

    boolean addsField() {
      return this == FIELD_ADDED || this == BOTH;
    }

    boolean widensType() {
      return this == TYPE_WIDENED || this == BOTH;
    }
  }

  /** The planted conditions, joined with "and", or the null case's name. */
  String describeTruth() {
    return switch (kind) {
      case PLANTED -> String.join(" and ", planted.stream().map(Predicate::toString).toList());
      case NOISE_ONLY -> "none (noise only)";
      case UNIFORM_CHANGE -> "none (the same change in every segment)";
    };
  }
}
