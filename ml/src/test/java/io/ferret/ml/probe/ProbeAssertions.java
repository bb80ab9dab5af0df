package io.ferret.ml.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.Segment;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Shared expectations of probe results. */
final class ProbeAssertions {
  static final MlSettings SETTINGS = MlSettings.defaults();
  static final Predicate EMEA = new Predicate("region", Operator.EQ, "EMEA");
  static final Predicate PARTNER = new Predicate("channel", Operator.EQ, "partner");

  private ProbeAssertions() {}

  static Deadline generous() {
    return Deadline.in(Duration.ofSeconds(30));
  }

  static List<Segment> okSegments(ProbeResult result) {
    assertEquals(ProbeStatus.OK, result.status(), result.detail());
    return result.segments();
  }

  /** The strongest segment is exactly {@code expected} (in any order), and held up with a lift above minLift. */
  static Segment assertStrongest(ProbeResult result, Set<Predicate> expected, double minLift) {
    List<Segment> segments = okSegments(result);
    assertFalse(segments.isEmpty(), () -> "no segment: " + result.detail());
    Segment top = segments.get(0);
    assertEquals(expected, Set.copyOf(top.predicates()), () -> describe(result));
    assertTrue(top.lift() > minLift && top.holdoutLift() > minLift, () -> describe(result));
    return top;
  }

  /** The strongest segment is a single upper bound on tenure between 5 and 6: tenure < 6 in integer months. */
  static Segment assertShortTenureStrongest(ProbeResult result, double minLift) {
    List<Segment> segments = okSegments(result);
    assertFalse(segments.isEmpty(), () -> "no segment: " + result.detail());
    Segment top = segments.get(0);
    assertEquals(1, top.predicates().size(), () -> describe(result));
    Predicate bound = top.predicates().get(0);
    assertEquals("tenure", bound.column(), () -> describe(result));
    double value = ((Number) bound.value()).doubleValue();
    boolean below6 = (bound.op() == Operator.LE && value >= 5 && value < 6)
        || (bound.op() == Operator.LT && value > 5 && value <= 6);
    assertTrue(below6, () -> describe(result));
    assertTrue(top.lift() > minLift && top.holdoutLift() > minLift, () -> describe(result));
    return top;
  }

  static String describe(ProbeResult result) {
    return result.probe() + " " + result.status() + ": " + result.detail() + "\n" + result.segments().stream()
        .map(segment -> "  " + segment.predicates() + " lift " + segment.lift() + " holdout "
            + segment.holdoutLift() + " p " + segment.holdoutPValue())
        .collect(Collectors.joining("\n"));
  }
}
