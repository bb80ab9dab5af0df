package io.ferret.investigator.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ferret's built-in business vocabulary: the words people use for money and outcomes, and the columns those
 * words usually name. ferret.yml adds to it per table.
 */
final class Vocabulary {
  /** A word users say, and the column names it may stand for, in order of preference. */
  static final Map<String, List<String>> MONEY_WORDS = Map.ofEntries(
      Map.entry("revenue", List.of("revenue", "amount", "sales", "total", "price", "value", "gmv", "arr", "mrr")),
      Map.entry("sales", List.of("sales", "revenue", "amount", "total", "price", "value", "gmv")),
      Map.entry("income", List.of("revenue", "amount", "income", "total")),
      Map.entry("turnover", List.of("revenue", "amount", "turnover", "total")),
      Map.entry("gmv", List.of("gmv", "amount", "revenue", "total")),
      Map.entry("bookings", List.of("bookings", "amount", "revenue", "arr")),
      Map.entry("arr", List.of("arr", "mrr", "amount", "revenue")),
      Map.entry("mrr", List.of("mrr", "arr", "amount", "revenue")),
      Map.entry("money", List.of("amount", "revenue", "total", "value")),
      // not "amount": where amount is revenue, "cost" must not read as it
      Map.entry("spend", List.of("spend", "cost")),
      Map.entry("cost", List.of("cost", "spend")));

  /** Columns whose sum is best called "revenue", in order of preference; the first a table has gets the name. */
  static final List<String> REVENUE_COLUMNS = List.of("revenue", "amount", "sales", "gmv");

  /** Words that mean "how many rows". */
  static final List<String> COUNT_WORDS = List.of("volume", "count", "number");

  /** Ends of column names whose sum means nothing (a sum of percentages, prices per unit or scores). */
  private static final List<String> NON_ADDITIVE_ENDINGS =
      List.of("pct", "percent", "percentage", "rate", "ratio", "score", "rating", "unit price", "age");

  /** Outcome words, as a boolean column or a status value, and the noun of their rate: churned → churn rate. */
  private static final Map<String, String> OUTCOME_NOUNS = Map.ofEntries(
      Map.entry("churned", "churn"),
      Map.entry("churn", "churn"),
      Map.entry("converted", "conversion"),
      Map.entry("conversion", "conversion"),
      Map.entry("late", "late"),
      Map.entry("refunded", "refund"),
      Map.entry("cancelled", "cancellation"),
      Map.entry("canceled", "cancellation"),
      Map.entry("returned", "return"),
      Map.entry("failed", "failure"),
      Map.entry("subscribed", "subscription"),
      Map.entry("clicked", "click"),
      Map.entry("opened", "open"),
      Map.entry("escalated", "escalation"),
      Map.entry("resolved", "resolution"),
      Map.entry("fraud", "fraud"),
      Map.entry("delayed", "delay"),
      Map.entry("breached", "breach"),
      Map.entry("rejected", "rejection"),
      Map.entry("abandoned", "abandonment"));

  /** Words in table names that say how data is kept, not what a row is: {@code ticket_events} → tickets. */
  private static final Set<String> NOISE_NOUNS =
      Set.of("events", "event", "log", "logs", "data", "raw", "table", "facts", "fact", "stream", "history");

  private Vocabulary() {}

  /** The noun of an outcome column's rate: "churn" for {@code churned}; "is_vip" gives "vip". */
  static String outcomeNoun(String column) {
    String name = readable(column).replaceFirst("^(is|has|was) ", "");
    return OUTCOME_NOUNS.getOrDefault(name, name);
  }

  /** The noun of a status value that is an outcome: "refund" for {@code refunded}; empty for other values. */
  static Optional<String> outcomeNounOfValue(String value) {
    return Optional.ofNullable(OUTCOME_NOUNS.get(value.toLowerCase(Locale.ROOT)));
  }

  /** The plural noun of a table's rows: {@code orders} → orders, {@code ticket_events} → tickets. */
  static String noun(String table) {
    List<String> words = new ArrayList<>(List.of(readable(table).split(" ")));
    words.removeIf(NOISE_NOUNS::contains);
    String noun = words.isEmpty() ? readable(table) : words.get(words.size() - 1);
    return noun.endsWith("s") || noun.endsWith("ing") ? noun : noun + "s";
  }

  /** Whether summing the column would add up percentages, unit prices or scores. */
  static boolean nonAdditive(String column) {
    String words = readable(column);
    return NON_ADDITIVE_ENDINGS.stream().anyMatch(ending -> words.equals(ending) || words.endsWith(" " + ending));
  }

  /** A column name as words: {@code customer.plan_tier} → "customer plan tier". */
  static String readable(String column) {
    return column.toLowerCase(Locale.ROOT).replaceAll("[._\\-]+", " ").strip();
  }

  /** The last part of a nested column's name, lower case: {@code shipping.cost} → "cost". */
  static String baseName(String column) {
    String lower = column.toLowerCase(Locale.ROOT);
    return lower.substring(lower.lastIndexOf('.') + 1);
  }
}
