package io.ferret.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TrainingSet;
import io.ferret.store.Store;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/** The weather data read through the store gives J48 the same cross-validated result as Weka's own loader. */
class ArffParityTest {
  private static final Path WEATHER = Path.of("/work/shared/datasets/weka-arff/weather.numeric.arff");

  @TempDir
  Path folder;

  @Test
  void j48CrossValidatesTheSameAsFromArff() throws Exception {
    Assumptions.assumeTrue(Files.isReadable(WEATHER), "no weather.numeric.arff in the shared datasets");
    ArffLoader arff = new ArffLoader();
    arff.setFile(new File(WEATHER.toString()));
    Instances direct = arff.getDataSet();
    direct.setClassIndex(direct.numAttributes() - 1);
    double directCorrect = correct(direct);

    try (Store store = Store.open(folder.resolve("weather.duckdb"))) {
      try (Statement sql = store.connection().createStatement()) {
        sql.execute("CREATE TABLE weather (outlook VARCHAR, temperature BIGINT, humidity BIGINT, windy VARCHAR,"
            + " play VARCHAR)");
      }
      try (PreparedStatement insert =
          store.connection().prepareStatement("INSERT INTO weather VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < direct.numInstances(); i++) {
          insert.setString(1, direct.instance(i).stringValue(0));
          insert.setLong(2, (long) direct.instance(i).value(1));
          insert.setLong(3, (long) direct.instance(i).value(2));
          insert.setString(4, direct.instance(i).stringValue(3));
          insert.setString(5, direct.instance(i).stringValue(4));
          insert.executeUpdate();
        }
      }
      MlSettings settings = new MlSettings(42, 50_000, 12, 0.0, false, 0.01, 0.01, 0);
      TrainingSet loaded = TrainingSetLoader.load(store,
          new ProbeRequest("weather", new Framing.Outcome("play", "yes"), List.of(), List.of(), settings));

      assertEquals(0, loaded.holdout().numInstances());
      assertEquals(14, loaded.train().numInstances());
      assertEquals(14, loaded.train().sumOfWeights(), 1e-9);
      assertEquals(5, loaded.train().numAttributes(), loaded.exclusions().toString());
      assertEquals(9, directCorrect, "Weka's own loader");
      // the loader orders rows by a seeded hash and labels by frequency, and cross-validation folds depend on
      // both (J48 on the loaded set as is gets 8 of 14 with Random(1)); put the rows back in file order under
      // the file's header to compare the data itself
      Instances aligned = align(loaded.train(), direct);
      assertEquals(direct.toString(), aligned.toString());
      assertEquals(directCorrect, correct(aligned), "through the store");
    }
  }

  /** The loaded rows, re-coded under the file's header and put in the file's row order. */
  private static Instances align(Instances loaded, Instances file) {
    List<String> fileRows = new java.util.ArrayList<>();
    for (int i = 0; i < file.numInstances(); i++) {
      fileRows.add(file.instance(i).toString());
    }
    weka.core.Instance[] byPosition = new weka.core.Instance[file.numInstances()];
    for (int i = 0; i < loaded.numInstances(); i++) {
      double[] values = new double[file.numAttributes()];
      for (int a = 0; a < file.numAttributes(); a++) {
        int source = loaded.attribute(file.attribute(a).name()).index();
        values[a] = file.attribute(a).isNumeric()
            ? loaded.instance(i).value(source)
            : file.attribute(a).indexOfValue(loaded.instance(i).stringValue(source));
      }
      weka.core.Instance row = new weka.core.DenseInstance(loaded.instance(i).weight(), values);
      row.setDataset(file);
      int position = fileRows.indexOf(row.toString());
      assertEquals(true, position >= 0 && byPosition[position] == null, "unmatched row " + row);
      byPosition[position] = row;
    }
    Instances aligned = new Instances(file, file.numInstances());
    for (weka.core.Instance row : byPosition) {
      aligned.add(row);
    }
    return aligned;
  }

  private static double correct(Instances data) throws Exception {
    Evaluation evaluation = new Evaluation(data);
    evaluation.crossValidateModel(new J48(), data, 10, new Random(1));
    return evaluation.correct();
  }
}
