package io.ferret.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.ml.Exclusion;
import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.SharedDatasets;
import io.ferret.ml.TrainingSet;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.io.File;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/**
 * An ARFF file put into DuckDB (nominal attributes as ENUMs with the declared values, numbers as DOUBLE, rows in
 * file order) and read back by the loader gives J48 the same 10-fold cross-validated result as Weka's own ARFF
 * loader: the conversion loses nothing, not even the row and label order that cross-validation folds depend on.
 */
class ArffParityTest {
  @TempDir
  Path folder;

  @ParameterizedTest
  @CsvSource({"weather.numeric.arff, 9", "credit-g.arff, -1"})
  void j48CrossValidatesTheSameAsFromArff(String file, int expectedCorrect) throws Exception {
    Path arff = SharedDatasets.require("weka-arff/" + file);
    ArffLoader loader = new ArffLoader();
    loader.setFile(new File(arff.toString()));
    Instances direct = loader.getDataSet();
    direct.setClassIndex(direct.numAttributes() - 1);

    try (Store store = Store.open(folder.resolve("arff.duckdb"))) {
      copyIntoTable(store, "arff", direct);
      MlSettings settings = new MlSettings(42, 50_000, 12, 0.0, false, 0.01, 0.01, 0);
      Attribute target = direct.classAttribute();
      TrainingSet loaded = TrainingSetLoader.load(store, new ProbeRequest("arff",
          new Framing.Outcome(target.name(), target.value(0)), List.of(), List.of(), settings));

      assertEquals(List.of(target.name()), loaded.exclusions().stream().map(Exclusion::column).toList(),
          "only the outcome itself is left out of the attributes");
      assertEquals(0, loaded.holdout().numInstances());
      assertEquals(rows(direct), rows(loaded.train()), "the same rows, values and labels, in file order");
      double directCorrect = correct(direct);
      if (expectedCorrect >= 0) {
        assertEquals(expectedCorrect, directCorrect, "Weka's own loader, as SOURCE.md quotes it");
      }
      assertEquals(directCorrect, correct(loaded.train()), "through the store");
    }
  }

  /** Creates the table and inserts the rows in order; only the dataset's own names and labels reach the DDL. */
  private static void copyIntoTable(Store store, String table, Instances data) throws Exception {
    List<String> columns = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute attribute = data.attribute(a);
      columns.add(Sql.quote(attribute.name()) + " " + (attribute.isNominal() ? enumType(attribute) : "DOUBLE"));
    }
    try (Statement sql = store.connection().createStatement()) {
      sql.execute("CREATE TABLE " + Sql.quote(table) + " (" + String.join(", ", columns) + ")");
    }
    String marks = String.join(", ", Collections.nCopies(data.numAttributes(), "?"));
    try (PreparedStatement insert =
        store.connection().prepareStatement("INSERT INTO " + Sql.quote(table) + " VALUES (" + marks + ")")) {
      for (Instance row : data) {
        for (int a = 0; a < data.numAttributes(); a++) {
          Object value = row.isMissing(a) ? null
              : data.attribute(a).isNominal() ? row.stringValue(a) : (Object) row.value(a);
          insert.setObject(a + 1, value);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static String enumType(Attribute attribute) {
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < attribute.numValues(); v++) {
      labels.add("'" + attribute.value(v).replace("'", "''") + "'");
    }
    return "ENUM(" + String.join(", ", labels) + ")";
  }

  private static List<String> rows(Instances data) {
    List<String> rows = new ArrayList<>();
    for (Instance row : data) {
      rows.add(row.toString() + " weight " + row.weight());
    }
    return rows;
  }

  private static double correct(Instances data) throws Exception {
    Evaluation evaluation = new Evaluation(data);
    evaluation.crossValidateModel(new J48(), data, 10, new Random(1));
    return evaluation.correct();
  }
}
