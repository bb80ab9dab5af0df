package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferret ask} against the demo store, whose planted incident is EMEA partner orders dropping in the week of
 * Nov 9 – Nov 15 2026. Its last event is on Sunday Nov 15, so questions about "last week" ask as of the Monday after.
 */
class AskCommandTest {
  private static final String QUESTION = "why did revenue drop last week?";
  private static final String MONDAY_AFTER = "2026-11-16";
  private static final String NONSENSE = "what is the airspeed velocity of an unladen swallow?";
  private static final Set<String> STATUSES = Set.of("answered", "no_significant_driver", "needs_clarification",
      "error");
  private static final Set<String> CONTRACT_KEYS = Set.of("question", "status", "interpretation", "change",
      "summary", "findings", "probes", "rows", "clarification", "error");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path folder;
  private static Cli cli;
  private static String database;

  @BeforeAll
  static void buildTheDemoStore() {
    cli = Cli.in(folder);
    database = folder.resolve("demo.duckdb").toString();
    Cli.Result demo = cli.run("demo", "--db", database);
    if (demo.exitCode() != 0) {
      throw new AssertionError("demo failed: " + demo);
    }
  }

  private static Cli.Result ask(String... arguments) {
    List<String> args = new ArrayList<>(List.of("ask", "--db", database));
    args.addAll(List.of(arguments));
    return cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(Cli.Result result) throws IOException {
    return MAPPER.readTree(result.out());
  }

  @Test
  void jsonAnswerFollowsTheContractAndNamesThePlantedSegment() throws IOException {
    Cli.Result result = ask("--format", "json", "--as-of", MONDAY_AFTER, QUESTION);

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("", result.err());
    JsonNode answer = json(result);
    assertEquals(QUESTION, answer.get("question").textValue());
    assertEquals("answered", answer.get("status").textValue(), result::toString);
    answer.fieldNames().forEachRemaining(key -> assertTrue(CONTRACT_KEYS.contains(key)
        || Set.of("ruled_out", "caveats", "series").contains(key), key));
    JsonNode interpretation = answer.get("interpretation");
    assertEquals("orders", interpretation.get("table").textValue());
    assertEquals("change", interpretation.get("type").textValue());
    assertTrue(interpretation.get("metric").get("expression").isTextual());
    assertEquals("2026-11-09T00:00:00Z", interpretation.get("current").get("from").textValue());
    assertTrue(answer.get("change").get("absolute").doubleValue() < 0, result::toString);
    JsonNode top = answer.get("findings").get(0);
    assertEquals(1, top.get("rank").intValue());
    assertTrue(top.get("confidence").isNumber() && top.get("impact").isNumber());
    assertTrue(top.get("recipe").get("sql").isTextual());
    List<String> conditions = new ArrayList<>();
    top.get("segment").forEach(predicate -> conditions.add(predicate.get("column").textValue() + " "
        + predicate.get("op").textValue() + " " + predicate.get("value").asText()));
    assertTrue(conditions.contains("region = EMEA") && conditions.contains("channel = partner"), conditions::toString);
    answer.get("probes").forEach(probe -> assertTrue(Set.of("ok", "failed", "timeout", "skipped")
        .contains(probe.get("status").textValue()), probe::toString));
  }

  @Test
  void textAnswerLeadsWithThePlantedDriver() {
    Cli.Result result = ask("--as-of", MONDAY_AFTER, QUESTION);

    assertEquals(0, result.exitCode(), result::toString);
    String headline = result.out().lines().takeWhile(line -> !line.isEmpty()).reduce("", (a, b) -> a + " " + b);
    assertTrue(headline.contains("EMEA") && headline.contains("partner"), result::toString);
    assertTrue(result.out().contains("\nFindings\n  1. "), result::toString);
    assertTrue(result.out().contains("\nRead as: "), result::toString);
    assertTrue(result.out().contains("\nProbes\n"), result::toString);
  }

  @Test
  void explainAddsTheRecipes() {
    Cli.Result result = ask("--explain", "--as-of", MONDAY_AFTER, QUESTION);

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("Recipe:\n"), result::toString);
    assertTrue(result.out().contains("SELECT"), result::toString);
  }

  @Test
  void htmlAnswerIsASelfContainedReport() {
    Cli.Result result = ask("--format", "html", "--as-of", MONDAY_AFTER, QUESTION);

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().startsWith("<!DOCTYPE html>"), result::toString);
    assertTrue(result.out().contains("<img src=\"data:image/png;base64,"), result::toString);
    assertFalse(result.out().contains("http://") || result.out().contains("https://"));
  }

  @Test
  void nonsenseAsksBackInTextWithoutAStackTrace() {
    Cli.Result result = ask(NONSENSE);

    assertEquals(0, result.exitCode(), result::toString);
    assertFalse(result.out().isBlank(), result::toString);
    assertEquals("", result.err());
    assertFalse(result.out().contains("Exception") || result.out().contains("\tat "), result::toString);
  }

  @Test
  void nonsenseAsksBackInJson() throws IOException {
    Cli.Result result = ask("--format", "json", NONSENSE);

    assertEquals(0, result.exitCode(), result::toString);
    JsonNode answer = json(result);
    assertEquals("needs_clarification", answer.get("status").textValue());
    assertTrue(STATUSES.contains(answer.get("status").textValue()));
    assertFalse(answer.get("clarification").get("message").textValue().isBlank());
    assertTrue(answer.get("clarification").get("candidates").isArray());
    assertFalse(answer.has("findings") || answer.has("error"), result::toString);
  }

  @Test
  void anUnknownTableIsAOneLineUsageError() {
    Cli.Result result = ask("--table", "nope", QUESTION);

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals("", result.out());
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: no table 'nope' in "), result.err());
  }

  @Test
  void asOfTakesAnInstantOrADateAndRejectsAnythingElse() throws IOException {
    Cli.Result instant = ask("--format", "json", "--as-of", "2026-11-16T00:00:00Z", QUESTION);
    Cli.Result date = ask("--format", "json", "--as-of", MONDAY_AFTER, QUESTION);
    Cli.Result garbage = ask("--as-of", "next tuesday", QUESTION);

    assertEquals(0, instant.exitCode(), instant::toString);
    assertEquals(json(instant).get("interpretation"), json(date).get("interpretation"));
    assertEquals(2, garbage.exitCode(), garbage::toString);
    assertTrue(garbage.err().startsWith("ferret: Invalid value for option '--as-of': 'next tuesday' is neither"),
        garbage.err());
  }

  @Test
  void aMissingConfigFileIsAUsageError() {
    Cli.Result result = ask("--config", folder.resolve("absent.yml").toString(), QUESTION);

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals("ferret: no config file " + folder.resolve("absent.yml"), result.err().strip());
  }

  @Test
  void aBlankQuestionIsAUsageError() {
    Cli.Result result = ask("  ");

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: ask a question"), result.err());
  }
}
