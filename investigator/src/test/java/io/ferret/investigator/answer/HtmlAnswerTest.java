package io.ferret.investigator.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.Investigation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlAnswerTest {
  private static final Pattern PNG_DATA = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

  private static String html(Investigation investigation, boolean explain) {
    return AnswerRenderer.render(investigation, AnswerFormat.HTML, explain);
  }

  /** The pictures the report shows, decoded. */
  private static List<byte[]> pngs(String html) {
    List<byte[]> pngs = new ArrayList<>();
    Matcher images = PNG_DATA.matcher(html);
    while (images.find()) {
      pngs.add(Base64.getDecoder().decode(images.group(1)));
    }
    return pngs;
  }

  @Test
  void isOneSelfContainedDocumentWithInlineStyleAndNothingFetched() {
    String html = html(AnswerFixtures.answeredChange(), true);

    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), html);
    assertTrue(html.contains("<style>\n"), html);
    assertTrue(html.endsWith("</main>\n</body>\n</html>\n"), html);
    for (String outside : List.of("http://", "https://", "<script", "<link", "src=\"//", "@import", "url(")) {
      assertFalse(html.contains(outside), outside + " in\n" + html);
    }
  }

  @Test
  void drawsTheMetricOverTimeAndTheFindingsContributionsAsInlinePngs() {
    String html = html(AnswerFixtures.answeredChange(), false);

    List<byte[]> pngs = pngs(html);
    assertEquals(2, pngs.size(), html);
    pngs.forEach(png -> assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, PNG_MAGIC.length)));
    assertTrue(html.contains("<figcaption>Revenue over time</figcaption>"), html);
    assertTrue(html.contains("with the current window highlighted: last week (Nov 9 &ndash; Nov 15) vs the week before"),
        html);
    assertTrue(html.contains("alt=\"Share of the change each finding explains: #1 region = EMEA and channel = partner:"
        + " +95.0%; #2 amount &gt; 500.0: +43.0%; #3 channel = web: +14.0%.\""), html);
  }

  @Test
  void leavesChartsOutWhenThereIsNothingToDraw() {
    assertFalse(html(AnswerFixtures.lookup(), false).contains("<img"));
    assertFalse(html(AnswerFixtures.needsClarification(), false).contains("<figure"));
    assertEquals(1, pngs(html(AnswerFixtures.noSignificantDriver(), false)).size(), "the series, no findings");
  }

  @Test
  void driverQuestionsChartHowFarEachFindingsRateIsAboveTheRest() {
    String html = html(AnswerFixtures.drivers(), false);

    assertEquals(1, pngs(html).size(), "findings, no series");
    assertTrue(html.contains("alt=\"How far each finding's rate is above the rest: #1 plan in basic, trial:"
        + " +520.0%.\""), html);
  }

  @Test
  void escapesHostileTextEverywhereItAppears() {
    String html = html(AnswerFixtures.hostile(), true);

    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("<title>Ferret: &lt;script&gt;alert('x')&lt;/script&gt;</title>"), html);
    assertTrue(html.contains("<h1>&lt;script&gt;alert('x')&lt;/script&gt;</h1>"), html);
    assertTrue(html.contains("<p>&lt;script&gt;alert('x')&lt;/script&gt; revenue fell from 10 to 1 |"
        + " &quot;quoted&quot; &amp; more</p>"), html);
    assertTrue(html.contains("<li>Parameters: '&lt;script&gt;alert(''x'')&lt;/script&gt;'</li>"),
        html);
    assertTrue(html.contains("alt=\"Share of the change each finding explains: #1 region = &lt;script&gt;"), html);
    assertTrue(html.contains(" and channel = &quot;&gt;&lt;img src=x onerror=alert(1)&gt;: +90.0%.\""), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("<li>A caveat with &lt;b&gt;bold&lt;/b&gt; &amp; a [link](https://example.com)</li>"),
        html);
  }

  @Test
  void showsFindingsRecipesTablesAndStatusesLikeTheOtherFormats() {
    String html = html(AnswerFixtures.answeredChange(), true);

    assertTrue(html.contains("<p class=\"headline\">Revenue fell 17.2%"), html);
    assertTrue(html.contains("<li value=\"3\">"), html);
    assertFalse(html.contains("<li value=\"4\">"), html);
    assertTrue(html.contains("<p class=\"meta\">High confidence (0.99), found by drilldown and j48.</p>"), html);
    assertTrue(html.contains("<pre><code>SELECT sum(&quot;amount&quot;) FROM &quot;orders&quot;"), html);
    assertTrue(html.contains("<tr><td>em</td><td>timeout</td><td>10,000 ms</td><td>ran out of time after 10 s</td></tr>"),
        html);
    assertTrue(html(AnswerFixtures.needsClarification(), false)
        .contains("<h2>Did you mean</h2>\n<ul>\n<li>revenue</li>\n<li>orders</li>\n</ul>\n"));
    assertTrue(html(AnswerFixtures.error(), false)
        .contains("<p class=\"headline\">Ferret hit an internal error (error id 1a2b3c4d)</p>\n</main>"));
    assertTrue(html(AnswerFixtures.lookup(), false).contains("<tr><td></td><td>120</td></tr>"));
  }
}
