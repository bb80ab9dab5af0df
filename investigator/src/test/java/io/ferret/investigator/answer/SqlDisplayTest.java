package io.ferret.investigator.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ferret.investigator.semantic.SqlFragment;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlDisplayTest {
  @Test
  void writesValuesInPlaceOfPlaceholdersButNotInsideQuotes() {
    SqlFragment fragment = new SqlFragment("sum(CASE WHEN \"why?\" = ? AND note = '?' AND n > ? THEN 1 END)",
        List.of("it's", 3L));

    assertEquals("sum(CASE WHEN \"why?\" = 'it''s' AND note = '?' AND n > 3 THEN 1 END)", SqlDisplay.inline(fragment));
  }

  @Test
  void quotesTextAndLeavesNumbersBooleansAndListsReadable() {
    assertEquals("true", SqlDisplay.literal(true));
    assertEquals("2.5", SqlDisplay.literal(2.5));
    assertEquals("NULL", SqlDisplay.literal(null));
    assertEquals("('a', 1)", SqlDisplay.literal(List.of("a", 1L)));
  }

  @Test
  void refusesAFragmentWhosePlaceholdersAndValuesDisagree() {
    assertThrows(IllegalStateException.class, () -> SqlDisplay.inline(new SqlFragment("a = ?", List.of())));
    assertThrows(IllegalStateException.class, () -> SqlDisplay.inline(new SqlFragment("a = 1", List.of(1L))));
  }
}
