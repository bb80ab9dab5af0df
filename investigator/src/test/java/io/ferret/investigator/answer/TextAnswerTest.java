package io.ferret.investigator.answer;

import static io.ferret.investigator.answer.AnswerFixtures.TOP_STATEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.Investigation;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnswerTest {
  private static String text(Investigation investigation, boolean explain) {
    return AnswerRenderer.render(investigation, AnswerFormat.TEXT, explain);
  }

  /** The text with line breaks and indents read as single spaces, for checks that do not care where lines wrap. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void putsTheHeadlineFirstThenFindingsRuledOutCaveatsInterpretationAndProbes() {
    String text = text(AnswerFixtures.answeredChange(), false);

    assertTrue(text.startsWith("Revenue fell 17.2%, from 120,345 to 99,612, last week"), text);
    List<String> order = List.of("Findings\n", "  1. EMEA partner revenue", "Ruled out\n", "  - Payment method",
        "Caveats\n", "  - 12 rows have no region", "Read as: revenue = sum(amount) in orders, where segment =",
        "Probes\n", "  metric_change");
    AnswerAssertions.assertInOrder(text, order);
  }

  @Test
  void showsThreeFindingsWithConfidenceInWordsAndNumbers() {
    String text = text(AnswerFixtures.answeredChange(), false);

    assertTrue(text.contains("     High confidence (0.99), found by drilldown and j48.\n"), text);
    assertTrue(text.contains("     Moderate confidence (0.91), found by jrip.\n"), text);
    assertTrue(text.contains("     Low confidence (0.62), found by drilldown.\n"), text);
    assertTrue(text.contains("  3. Web revenue"), text);
    assertFalse(text.contains("  4. "), text);
    assertTrue(text.contains("1 weaker finding is left out here; the JSON answer has them all."), text);
  }

  @Test
  void wrapsToEightyColumnsWithHangingIndents() {
    String text = text(AnswerFixtures.answeredChange(), false);

    for (String line : text.lines().toList()) {
      assertTrue(line.length() <= TextDocument.WIDTH, "too long: " + line);
    }
    String statementStart = TOP_STATEMENT.substring(0, 20);
    String afterFirst = text.substring(text.indexOf(statementStart));
    String secondLine = afterFirst.lines().skip(1).findFirst().orElseThrow();
    assertTrue(secondLine.startsWith("     ") && !secondLine.startsWith("      "), secondLine);
  }

  @Test
  void saysTheInterpretationBackWithItsWindowAndNotes() {
    String text = text(AnswerFixtures.answeredChange(), false);

    assertTrue(flat(text).contains("Read as: revenue = sum(amount) in orders, where segment = enterprise, last week"
        + " (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov 8). - 'enterprise' read as segment = enterprise"), text);
  }

  @Test
  void listsEveryProbeWithStatusAndTime() {
    String text = text(AnswerFixtures.answeredChange(), false);

    assertTrue(text.contains("  Probe          Status   Time       Detail\n"), text);
    assertTrue(text.contains("  drilldown      ok       1,340 ms   tested 48 segments\n"), text);
    assertTrue(text.contains("  em             timeout  10,000 ms  ran out of time after 10 s\n"), text);
  }

  @Test
  void explainAddsEachShownFindingsRecipe() {
    String plain = text(AnswerFixtures.answeredChange(), false);
    String explained = text(AnswerFixtures.answeredChange(), true);

    assertFalse(plain.contains("Recipe:"), plain);
    assertEquals(3, explained.split("Recipe:", -1).length - 1, explained);
    assertTrue(explained.contains("       SELECT sum(\"amount\") FROM \"orders\" WHERE \"region\" = ?"), explained);
    assertTrue(flat(explained).contains(" Parameters: 'EMEA', 'partner', '2026-11-09T00:00:00Z',"
        + " '2026-11-16T00:00:00Z' Rows matched: 3,120 "), explained);
    assertTrue(explained.contains("       Model: weka.classifiers.trees.J48 -C 0.25 -M 2\n"), explained);
    assertTrue(explained.contains("       Seed: 42\n       Model sample: 5,000 rows\n       Rows matched: 30,000\n"),
        explained);
  }

  @Test
  void noSignificantDriverSaysSoAndListsWhatWasRuledOut() {
    String text = text(AnswerFixtures.noSignificantDriver(), false);

    assertTrue(text.startsWith("Revenue fell 17.2%"), text);
    assertTrue(flat(text).contains("no segment stands out."), text);
    assertFalse(text.contains("Findings"), text);
    assertTrue(text.contains("Ruled out\n  - Region: every value fell 15–19%"), text);
  }

  @Test
  void clarificationAsksAndOffersTheReadingsItConsidered() {
    String text = text(AnswerFixtures.needsClarification(), false);

    assertEquals("Ferret could not find a measure in that question. Which do you mean?\n\nDid you mean\n"
        + "  - revenue\n  - orders\n", text);
  }

  @Test
  void errorShowsOnlyTheMessage() {
    assertEquals("Ferret hit an internal error (error id 1a2b3c4d)\n", text(AnswerFixtures.error(), false));
  }

  @Test
  void lookupShowsItsRowsAsAnAlignedTable() {
    String text = text(AnswerFixtures.lookup(), false);

    assertTrue(text.startsWith("Revenue by region, 2026-11-09 to 2026-11-15: 3 rows.\n\nResult\n"
        + "  region  revenue\n  EMEA    31,250\n  NA      48,000\n          120\n"), text);
    assertTrue(text.contains("Read as: revenue = sum(amount) in orders, by region, last week"), text);
  }
}
