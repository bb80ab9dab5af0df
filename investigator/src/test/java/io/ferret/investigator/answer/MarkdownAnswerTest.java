package io.ferret.investigator.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.Investigation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownAnswerTest {
  private static String markdown(Investigation investigation, boolean explain) {
    return AnswerRenderer.render(investigation, AnswerFormat.MARKDOWN, explain);
  }

  @Test
  void titlesTheQuestionAndBoldsTheHeadlineAboveItsSections() {
    String markdown = markdown(AnswerFixtures.answeredChange(), false);

    assertTrue(markdown.startsWith("# why did enterprise revenue drop last week?\n\n**Revenue fell 17.2%"), markdown);
    List<String> order = List.of("## Findings\n\n1. EMEA partner revenue", "2. Revenue where amount \\> 500",
        "3. Web revenue", "## Ruled out\n\n- Payment method", "## Caveats\n\n- 12 rows", "Read as: revenue = sum(amount)",
        "## Probes\n\n| Probe | Status | Time | Detail |\n| --- | --- | --- | --- |\n| metric_change | ok | 120 ms |");
    AnswerAssertions.assertInOrder(markdown, order);
    assertFalse(markdown.contains("4. "), markdown);
    assertTrue(markdown.contains("   *High confidence (0.99), found by drilldown and j48.*\n"), markdown);
  }

  @Test
  void explainAddsRecipesAsSqlCodeBlocksInsideTheirItems() {
    String markdown = markdown(AnswerFixtures.answeredChange(), true);

    assertTrue(markdown.contains("\n\n   ```sql\n   SELECT sum(\"amount\") FROM \"orders\" WHERE \"region\" = ?"), markdown);
    assertTrue(markdown.contains("   ```\n\n   - Parameters: 'EMEA', 'partner', '2026-11-09T00:00:00Z'"), markdown);
    assertTrue(markdown.contains("   - Model: weka.classifiers.trees.J48 -C 0.25 -M 2\n   - Seed: 42\n"), markdown);
    assertFalse(markdown(AnswerFixtures.answeredChange(), false).contains("```"));
  }

  @Test
  void escapesMarkupSoStoredValuesReadAsWritten() {
    String markdown = markdown(AnswerFixtures.hostile(), false);

    assertTrue(markdown.startsWith("# \\<script\\>alert('x')\\</script\\>\n"), markdown);
    assertTrue(markdown.contains("1. \\<script\\>alert('x')\\</script\\> revenue fell from 10 to 1 \\| \"quoted\" & more"),
        markdown);
    assertTrue(markdown.contains("- A caveat with \\<b\\>bold\\</b\\> & a \\[link\\](https://example.com)"), markdown);
  }

  @Test
  void escapesUnderscoresThatCouldStartEmphasisButNotThoseInsideNames() {
    assertEquals("is_first_order \\_draft\\_ snake\\_", MarkdownText.escape("is_first_order _draft_ snake_"));
  }

  @Test
  void aCodeFenceOutgrowsTheBackticksInItsCode() {
    assertEquals("```", MarkdownText.fence("SELECT 1"));
    assertEquals("`````", MarkdownText.fence("SELECT '````'"));
  }

  @Test
  void clarificationErrorAndLookupKeepTheirShape() {
    assertEquals("# what about the flux capacitor?\n\n**Ferret could not find a measure in that question. Which do"
        + " you mean?**\n\n## Did you mean\n\n- revenue\n- orders\n", markdown(AnswerFixtures.needsClarification(), false));
    assertEquals("# why did enterprise revenue drop last week?\n\n**Ferret hit an internal error (error id 1a2b3c4d)**\n",
        markdown(AnswerFixtures.error(), false));
    assertTrue(markdown(AnswerFixtures.lookup(), false).contains("## Result\n\n| region | revenue |\n| --- | --- |\n"
        + "| EMEA | 31,250 |\n| NA | 48,000 |\n|  | 120 |\n"));
  }
}
