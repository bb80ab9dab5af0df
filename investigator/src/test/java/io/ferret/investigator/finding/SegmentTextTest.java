package io.ferret.investigator.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTextTest {
  @Test
  void distinctiveValuesNameTheRowsAndYesNoValuesKeepTheirColumns() {
    assertEquals("EMEA partner revenue", SegmentText.rowsOf(List.of(new Predicate("region", Operator.EQ, "EMEA"),
        new Predicate("channel", Operator.EQ, "partner")), "revenue"));
    assertEquals("rows where OnlineSecurity = No and TechSupport = No", SegmentText.rowsOf(List.of(
        new Predicate("OnlineSecurity", Operator.EQ, "No"), new Predicate("TechSupport", Operator.EQ, "No")),
        "rows"));
    assertEquals("rows where PhoneService = Yes and InternetService = Fiber optic", SegmentText.rowsOf(List.of(
        new Predicate("PhoneService", Operator.EQ, "Yes"), new Predicate("InternetService", Operator.EQ,
        "Fiber optic")), "rows"));
  }
}
