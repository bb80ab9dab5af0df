package io.ferret.ml.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConjunctionsTest {
  private static Predicate tenure(Operator op, double value) {
    return new Predicate("tenure", op, value);
  }

  private static final Predicate EMEA = new Predicate("region", Operator.EQ, "EMEA");

  @Test
  void keepsTheTightestBoundPerColumnAndDirection() {
    List<Predicate> path = List.of(tenure(Operator.LE, 30), EMEA, tenure(Operator.GT, 2), tenure(Operator.LE, 12),
        tenure(Operator.GT, 1));

    assertEquals(List.of(tenure(Operator.LE, 12), EMEA, tenure(Operator.GT, 2)), Conjunctions.simplify(path));
  }

  @Test
  void prefersTheStrictBoundAtTheSameValue() {
    assertEquals(List.of(tenure(Operator.LT, 5)),
        Conjunctions.simplify(List.of(tenure(Operator.LE, 5), tenure(Operator.LT, 5))));
  }

  @Test
  void dropsRepeatedPredicates() {
    assertEquals(List.of(EMEA), Conjunctions.simplify(List.of(EMEA, EMEA)));
  }

  @Test
  void tighterBoundsAndExtraPredicatesImplyTheGeneralConjunction() {
    assertTrue(Conjunctions.implies(List.of(tenure(Operator.LE, 2), EMEA), List.of(tenure(Operator.LE, 5))));
    assertTrue(Conjunctions.implies(List.of(tenure(Operator.LT, 5)), List.of(tenure(Operator.LE, 5))));
    assertFalse(Conjunctions.implies(List.of(tenure(Operator.LE, 5)), List.of(tenure(Operator.LT, 5))));
    assertFalse(Conjunctions.implies(List.of(tenure(Operator.LE, 5)), List.of(tenure(Operator.LE, 5), EMEA)));
    assertFalse(Conjunctions.implies(List.of(tenure(Operator.GE, 2)), List.of(tenure(Operator.LE, 5))));
  }
}
