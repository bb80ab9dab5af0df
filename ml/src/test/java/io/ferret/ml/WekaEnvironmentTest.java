package io.ferret.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import weka.classifiers.rules.JRip;
import weka.classifiers.trees.J48;
import weka.clusterers.EM;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.WekaPackageManager;

class WekaEnvironmentTest {
  @Test
  void wekaUsesFerretsHomeNotTheUsersWekafiles() throws Exception {
    WekaEnvironment.init();
    Instances data = tinyData();
    new J48().buildClassifier(data);
    new JRip().buildClassifier(data);
    Instances unlabelled = new Instances(data);
    unlabelled.setClassIndex(-1);
    unlabelled.deleteAttributeAt(1);
    EM em = new EM();
    em.setNumClusters(2);
    em.buildClusterer(unlabelled);

    assertEquals(new File(System.getProperty("WEKA_HOME")), WekaPackageManager.WEKA_HOME);
    assertFalse(WekaPackageManager.WEKA_HOME.toPath().startsWith(System.getProperty("user.home")),
        "Weka's home must not be in the user's home folder");
    assertEquals("true", System.getProperty("weka.packageManager.offline"));
  }

  private static Instances tinyData() {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    attributes.add(new Attribute("y", List.of("no", "yes")));
    Instances data = new Instances("tiny", new ArrayList<>(attributes), 40);
    for (int i = 0; i < 40; i++) {
      data.add(new DenseInstance(1, new double[] {i, i < 20 ? 0 : 1}));
    }
    data.setClassIndex(1);
    return data;
  }
}
