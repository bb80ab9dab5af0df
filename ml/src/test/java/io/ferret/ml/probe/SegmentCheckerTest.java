package io.ferret.ml.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.ClassShare;
import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.Segment;
import io.ferret.ml.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentCheckerTest {
  private static final MlSettings SETTINGS = MlSettings.defaults();
  private static final Predicate REGION_A = new Predicate("region", Operator.EQ, "A");
  private static final Predicate CHANNEL_X = new Predicate("channel", Operator.EQ, "x");

  /** Region A: 10 rows, 6 yes; region B: 30 rows, 3 yes; channel x on every A row and a third of B rows. */
  private static List<SyntheticSet.Row> rows(int aYes, int bYes, double weight) {
    List<SyntheticSet.Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(row("A", "x", i < aYes, weight));
    }
    for (int i = 0; i < 30; i++) {
      rows.add(row("B", i % 3 == 0 ? "x" : "y", i < bYes, weight));
    }
    return rows;
  }

  private static SyntheticSet.Row row(String region, String channel, boolean yes, double weight) {
    return new SyntheticSet.Row().set("region", region).set("channel", channel).set("tenure", 3.0)
        .outcome(yes ? "yes" : "no").weight(weight);
  }

  private static TrainingSet data(List<SyntheticSet.Row> train, List<SyntheticSet.Row> holdout) {
    return SyntheticSet.builder()
        .nominal("region", "A", "B", "other")
        .nominal("channel", "x", "y")
        .numeric("tenure")
        .outcome("churned", "yes", "no", "yes")
        .of(train, holdout, 1);
  }

  @Test
  void measuresSupportSharesLiftAndHoldoutPValueExactly() {
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));

    CheckedSegments checked = new SegmentChecker(SETTINGS).check(data, "test", List.of(Candidate.of(
        List.of(REGION_A))));

    Segment segment = checked.segments().get(0);
    assertEquals(List.of(REGION_A), segment.predicates());
    assertEquals(10, segment.rows());
    assertEquals(new ClassShare(6, 10), segment.inside());
    assertEquals(new ClassShare(3, 30), segment.outside());
    assertEquals(0.6 / 0.225, segment.lift(), 1e-12);
    assertEquals(0.6 / 0.225, segment.holdoutLift(), 1e-12);
    double z = 0.5 / Math.sqrt(0.225 * 0.775 * (1 / 10.0 + 1 / 30.0));
    assertEquals(2 * weka.core.Statistics.normalProbability(-z), segment.holdoutPValue(), 1e-12);
    assertEquals(0.00104, segment.holdoutPValue(), 1e-5);
    assertEquals(20, segment.weight(), 1e-9, "training weight scaled to the whole sample");
    assertEquals("test", segment.probe());
  }

  @Test
  void weightsDoNotInflateSignificance() {
    Segment even = onlySegment(data(rows(6, 3, 1), rows(6, 3, 1)), List.of(REGION_A));
    Segment heavy = onlySegment(data(rows(6, 3, 1000), rows(6, 3, 1000)), List.of(REGION_A));

    assertEquals(even.holdoutPValue(), heavy.holdoutPValue(), 1e-12);
    assertEquals(even.lift(), heavy.lift(), 1e-12);
    assertEquals(1000 * even.weight(), heavy.weight(), 1e-6);
  }

  @Test
  void dropsSegmentWhoseLiftReversesOnHoldout() {
    TrainingSet data = data(rows(6, 3, 1), rows(1, 8, 1));

    CheckedSegments checked = check(data, List.of(REGION_A));

    assertEquals(List.of(), checked.segments());
    assertEquals(1, checked.checkable());
  }

  @Test
  void dropsSegmentWhoseHoldoutEffectShrinksToLessThanHalf() {
    // holdout: A 3 of 10 yes, B 6 of 30: holdout lift 0.3 / 0.225 = 1.33, under half the training effect
    TrainingSet data = data(rows(6, 3, 1), rows(3, 6, 1));

    assertEquals(List.of(), check(data, List.of(REGION_A)).segments());
  }

  @Test
  void dropsSegmentBelowMinimumSupport() {
    MlSettings strict = new MlSettings(42, 50_000, 12, 0.3, false, 0.3, 0.01, 0);
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));

    CheckedSegments checked = new SegmentChecker(strict).check(data, "test", List.of(Candidate.of(
        List.of(REGION_A))));

    assertEquals(List.of(), checked.segments(), "region A holds 25% of the weight, under 30%");
  }

  @Test
  void dividesThePValueThresholdAmongCandidates() {
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));
    List<Candidate> many = new ArrayList<>();
    many.add(Candidate.of(List.of(REGION_A)));
    for (int i = 0; i < 10; i++) {
      many.add(Candidate.of(List.of(new Predicate("tenure", Operator.LE, (double) i))));
    }

    CheckedSegments checked = new SegmentChecker(SETTINGS).check(data, "test", many);

    assertEquals(11, checked.checkable());
    assertEquals(List.of(), checked.segments(), "p = 0.001 passes alone but not as one of eleven");
  }

  @Test
  void dropsCandidatesThatCannotBeChecked() {
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));

    CheckedSegments checked = check(data,
        List.of(REGION_A, new Predicate("no_such_column", Operator.EQ, "z")),
        List.of(new Predicate("region", Operator.GT, 3.0)));

    assertEquals(2, checked.proposed());
    assertEquals(0, checked.checkable());
  }

  @Test
  void otherBucketEqualsNoNamedValue() {
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));

    CheckedSegments checked = check(data, List.of(new Predicate("region", Operator.EQ, "other")));

    assertEquals(List.of(), checked.segments());
  }

  @Test
  void keepsTheShorterOfAPathAndAnExtensionThatSaysTheSameThing() {
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));

    CheckedSegments checked = check(data, List.of(REGION_A, CHANNEL_X), List.of(REGION_A));

    assertEquals(2, checked.heldUp());
    assertEquals(List.of(List.of(REGION_A)), predicatesOf(checked.segments()));
  }

  @Test
  void prunesTighterBoundsAsExtensions() {
    List<SyntheticSet.Row> rows = rows(6, 3, 1);
    rows.forEach(row -> row.set("tenure", "A".equals(row.get("region")) ? 1.0 : 20.0));
    TrainingSet data = data(rows, rows);

    CheckedSegments checked = check(data,
        List.of(new Predicate("tenure", Operator.LE, 5.0)),
        List.of(new Predicate("tenure", Operator.LE, 2.0), CHANNEL_X));

    assertEquals(List.of(List.of(new Predicate("tenure", Operator.LE, 5.0))), predicatesOf(checked.segments()));
  }

  @Test
  void keepsAnExtensionThatIsMuchSharper() {
    // A and x: 6 of 6 yes; A and y: 0 of 4
    List<SyntheticSet.Row> rows = rows(6, 3, 1);
    for (int i = 6; i < 10; i++) {
      rows.get(i).set("channel", "y");
    }
    TrainingSet data = data(rows, rows);

    CheckedSegments checked = new SegmentChecker(new MlSettings(42, 50_000, 12, 0.3, false, 0.01, 0.05, 0))
        .check(data, "test", List.of(Candidate.of(List.of(REGION_A)), Candidate.of(List.of(REGION_A,
            CHANNEL_X))));

    assertEquals(List.of(List.of(REGION_A, CHANNEL_X), List.of(REGION_A)), predicatesOf(checked.segments()));
  }

  @Test
  void countsIdenticalConjunctionsOnce() {
    TrainingSet data = data(rows(6, 3, 1), rows(6, 3, 1));

    CheckedSegments checked = check(data, List.of(REGION_A, CHANNEL_X), List.of(CHANNEL_X, REGION_A));

    assertEquals(1, checked.proposed());
  }

  @Test
  void ordersStrongestFirstThenByDescription() {
    Segment broad = segment("b", new ClassShare(60, 100), new ClassShare(40, 900));
    Segment narrow = segment("a", new ClassShare(9, 10), new ClassShare(91, 990));
    Segment narrowTwin = segment("c", new ClassShare(9, 10), new ClassShare(91, 990));

    List<Segment> sorted = new ArrayList<>(List.of(narrowTwin, narrow, broad));
    sorted.sort(SegmentOrder.strongestFirst());

    assertEquals(List.of(broad, narrow, narrowTwin), sorted);
    assertEquals(50, SegmentOrder.strength(broad), 1e-9);
  }

  private static Segment segment(String description, ClassShare inside, ClassShare outside) {
    return new Segment(List.of(REGION_A), 1, inside.total(), inside, outside, 2, 2, 0, "test", description);
  }

  @SafeVarargs
  private static CheckedSegments check(TrainingSet data, List<Predicate>... candidates) {
    List<Candidate> list = new ArrayList<>();
    for (List<Predicate> predicates : candidates) {
      list.add(Candidate.of(predicates));
    }
    return new SegmentChecker(SETTINGS).check(data, "test", list);
  }

  private static Segment onlySegment(TrainingSet data, List<Predicate> predicates) {
    List<Segment> segments = check(data, predicates).segments();
    assertEquals(1, segments.size());
    return segments.get(0);
  }

  private static List<List<Predicate>> predicatesOf(List<Segment> segments) {
    assertTrue(segments.stream().allMatch(segment -> segment.probe().equals("test")));
    return segments.stream().map(Segment::predicates).toList();
  }
}
