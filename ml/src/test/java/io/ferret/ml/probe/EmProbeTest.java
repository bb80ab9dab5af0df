package io.ferret.ml.probe;

import static io.ferret.ml.probe.ProbeAssertions.generous;
import static io.ferret.ml.probe.ProbeAssertions.okSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.Segment;
import io.ferret.ml.TrainingSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import weka.core.Instances;

class EmProbeTest {
  private static final String[] REGIONS = {"EMEA", "AMER", "APAC"};
  private static final String[] DEVICES = {"mobile", "desktop", "tablet"};
  private static final double[] AGES = {25, 45, 65};

  /**
   * Three equal groups, each 90% one region and one device, ages around 25, 45 and 65; the middle group
   * (AMER, desktop, 45) churns 50%, the others 5%.
   */
  static TrainingSet threeGroups(int rows, long seed) {
    return SyntheticSet.builder()
        .nominal("region", REGIONS)
        .nominal("device", DEVICES)
        .numeric("age")
        .numeric("noise")
        .outcome("churned", "yes", "no", "yes")
        .generate(rows, seed, (random, row) -> {
          int group = random.nextInt(3);
          row.set("region", REGIONS[typical(random, group)])
              .set("device", DEVICES[typical(random, group)])
              .set("age", AGES[group] + 3 * random.nextGaussian())
              .set("noise", random.nextDouble())
              .outcome(random.nextDouble() < (group == 1 ? 0.5 : 0.05) ? "yes" : "no")
              .weight(2);
        });
  }

  private static int typical(Random random, int group) {
    return random.nextDouble() < 0.9 ? group : random.nextInt(3);
  }

  @Test
  void findsThePlantedClusterWithTheHighClassShare() {
    ProbeResult result = new EmProbe(MlSettings.defaults()).run(threeGroups(12_000, 21), generous());

    List<Segment> segments = okSegments(result);
    assertFalse(segments.isEmpty(), result.detail());
    Segment top = segments.get(0);
    assertTrue(top.lift() > 2 && top.holdoutLift() > 2, ProbeAssertions.describe(result));
    assertTrue(top.predicates().stream().allMatch(EmProbeTest::describesMiddleGroup),
        ProbeAssertions.describe(result));
    assertEquals(0.5, top.inside().share(), 0.05, top.description());
    assertTrue(top.description().matches(".*interest (4|5)\\d\\.\\d% vs \\d\\.\\d% elsewhere.*"), top.description());
    assertTrue(result.detail().matches("k=[2-5] by BIC over 2\\.\\.5 on 2000 rows; .*"), result.detail());
  }

  @Test
  void describesEachClusterByItsOverRepresentedValues() {
    ProbeResult result = new EmProbe(MlSettings.defaults()).run(threeGroups(12_000, 22), generous());

    Segment top = okSegments(result).get(0);
    assertTrue(top.description().matches("cluster \\d of \\d, 3\\d% of weight, interest .*: .*(AMER|desktop).*"),
        top.description());
  }

  @Test
  void usesTheConfiguredClusterCount() {
    MlSettings two = new MlSettings(42, 50_000, 12, 0.3, false, 0.01, 0.01, 2);

    ProbeResult result = new EmProbe(two).run(threeGroups(6_000, 23), generous());

    assertTrue(result.detail().startsWith("k=2 as configured"), result.detail());
    assertTrue(result.recipe().options().contains("-N 2"), result.recipe().options());
    assertTrue(result.recipe().options().contains("-num-slots 2"), result.recipe().options());
    assertTrue(result.recipe().options().contains("-K 1"), result.recipe().options());
  }

  @Test
  void clusteringCopyHasNoClassAttribute() {
    TrainingSet data = threeGroups(1_000, 24);

    Instances clustering = ProbeInstances.withoutClass(data);

    assertEquals(data.train().numAttributes() - 1, clustering.numAttributes());
    assertNull(clustering.attribute("churned"));
    assertEquals(-1, clustering.classIndex());
    assertEquals(data.train().numInstances(), clustering.numInstances());
    assertEquals(clustering.numInstances(), clustering.sumOfWeights(), 1e-6);
  }

  private static boolean describesMiddleGroup(Predicate predicate) {
    return switch (predicate.column()) {
      case "region" -> predicate.equals(new Predicate("region", Operator.EQ, "AMER"));
      case "device" -> predicate.equals(new Predicate("device", Operator.EQ, "desktop"));
      case "age" -> {
        double bound = ((Number) predicate.value()).doubleValue();
        yield predicate.op() == Operator.GE ? bound > 30 && bound < 45 : bound > 45 && bound < 60;
      }
      default -> false;
    };
  }
}
