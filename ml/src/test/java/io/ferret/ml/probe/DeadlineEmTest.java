package io.ferret.ml.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import weka.clusterers.EM;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

class DeadlineEmTest {
  @Test
  void reusingEachRowsDensitiesWithinAnEStepLeavesEveryNumberAsPlainWekaEmHasIt() throws Exception {
    Instances rows = weightedRows(3_000, 7);
    MlSettings settings = MlSettings.defaults();
    DeadlineEm ours = DeadlineEm.configured(3, settings, Deadline.in(Duration.ofMinutes(5)));
    ours.buildClusterer(rows);

    EM plain = new EM();
    plain.setNumClusters(3);
    plain.setSeed(Long.hashCode(settings.seed()));
    plain.setMaxIterations(DeadlineEm.MAX_ITERATIONS);
    plain.setNumKMeansRuns(1);
    plain.setNumExecutionSlots(DeadlineEm.EXECUTION_SLOTS);
    plain.buildClusterer(rows);

    // a reused density from an earlier E step would move the fitted model, so the whole model is compared
    assertEquals(plain.toString(), ours.toString());
    for (int i = 0; i < rows.numInstances(); i++) {
      assertArrayEquals(plain.distributionForInstance(rows.instance(i)),
          ours.distributionForInstance(rows.instance(i)), 0.0, "row " + i);
    }
  }

  /** Two nominal and two numeric attributes with a planted group, and uneven weights. */
  private static Instances weightedRows(int count, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>(List.of(
        new Attribute("region", List.of("EMEA", "APAC", "AMER")),
        new Attribute("plan", List.of("basic", "pro", "enterprise", "trial")),
        new Attribute("seats"),
        new Attribute("tenure")));
    Instances rows = new Instances("rows", attributes, count);
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      boolean planted = random.nextDouble() < 0.2;
      double region = planted ? 0 : random.nextInt(3);
      double plan = planted ? 2 : random.nextInt(4);
      double seats = planted ? 200 + 30 * random.nextGaussian() : 20 + 5 * random.nextGaussian();
      double tenure = 12 + 4 * random.nextGaussian();
      rows.add(new DenseInstance(0.5 + random.nextDouble(), new double[] {region, plan, seats, tenure}));
    }
    return rows;
  }
}
