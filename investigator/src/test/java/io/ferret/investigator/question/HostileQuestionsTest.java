package io.ferret.investigator.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.semantic.BusinessTables;
import io.ferret.investigator.semantic.Dimension;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Predicate;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SQL, quotes, emoji, huge and foreign questions get a clear reply, never an exception, and never reach SQL. */
class HostileQuestionsTest {
  private static final AskOptions OPTIONS = new AskOptions(null, Instant.parse("2026-11-25T12:00:00Z"));

  @TempDir
  static Path folder;
  private static BusinessTables tables;
  private static SemanticCatalog catalog;
  private static QuestionReader reader;

  @BeforeAll
  static void createTables() throws SQLException {
    tables = BusinessTables.create(folder);
    catalog = tables.catalog();
    reader = new QuestionReader(catalog, ZoneOffset.UTC);
  }

  @AfterAll
  static void closeStore() {
    tables.close();
  }

  private static Understanding.Unclear unclear(String question) {
    Understanding read = reader.read(question, OPTIONS);
    return assertInstanceOf(Understanding.Unclear.class, read, read::toString);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t"})
  void anEmptyQuestionAsksForOne(String question) {
    assertTrue(unclear(question).message().startsWith("Ask me a question about your data, for example"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT * FROM orders; DROP TABLE orders; --", "'; DROP TABLE orders; --",
      "revenue' UNION SELECT password FROM users --", "delete from orders where 1=1",
      "why did revenue drop; -- and then"})
  void sqlIsTurnedAwayWithAPointerToFerretSql(String question) {
    assertTrue(unclear(question).message().startsWith("That looks like SQL. Ask in words"), question);
  }

  @ParameterizedTest
  @ValueSource(strings = {"¿por qué bajaron las ventas?", "warum ist der Umsatz gefallen", "売上が落ちたのはなぜ？",
      "\"\"\"''' 🦊🦊🦊", "asdf qwerty zxcv"})
  void otherLanguagesAndNoiseAreToldWhatFerretReads(String question) {
    assertTrue(unclear(question).message().contains("English"), question);
  }

  @Test
  void aTenKilobyteQuestionIsRefusedPolitely() {
    String question = "why did revenue drop ".repeat(500);
    Understanding.Unclear unclear = unclear(question);
    assertTrue(unclear.message().startsWith("That question is " + question.length() + " characters long."),
        unclear.message());
  }

  @Test
  void quotesAndEmojiAroundAGoodQuestionAreSetAside() {
    Understanding read = reader.read("why did \"revenue\" 📉 drop for 'enterprise' last week?? 🙏", OPTIONS);
    Interpretation interpretation =
        assertInstanceOf(Understanding.Understood.class, read, read::toString).interpretation();
    assertEquals("revenue", interpretation.metric().name());
    assertEquals("segment = enterprise", interpretation.filters().get(0).toString());
  }

  @Test
  void aHostileTableNameIsJustAnUnknownTable() {
    Understanding read = reader.read("how many orders", new AskOptions("orders\"; DROP TABLE orders; --", null));
    Understanding.Unclear unclear = assertInstanceOf(Understanding.Unclear.class, read, read::toString);
    assertEquals(List.of("bank", "marketing", "orders", "payments", "subscriptions", "ticket_events"),
        unclear.candidates());
  }

  /** Whatever the text, a filter names a dimension of the table and one of the values the store holds. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      revenue for segment = 'enterprise' or 1=1
      revenue for segment = 'x'' OR ''1''=''1'
      how many orders where region = "EMEA\\" OR 1=1"
      revenue in emea, smb, partner, sales; late
      """)
  void filtersComeOnlyFromTheValueIndex(String question) {
    Understanding read = reader.read(question, OPTIONS);
    if (read instanceof Understanding.Understood understood) {
      Interpretation interpretation = understood.interpretation();
      SemanticLayer layer = catalog.layer(interpretation.table()).orElseThrow();
      for (Predicate filter : interpretation.filters()) {
        Dimension dimension = layer.dimensions().stream().filter(d -> d.column().equals(filter.column()))
            .findFirst().orElseThrow(() -> new AssertionError("not a dimension: " + filter));
        List<?> values = filter.value() instanceof List<?> list ? list : List.of(filter.value());
        assertTrue(dimension.values().containsAll(values), filter.toString());
      }
    }
  }
}
