package io.ferret.investigator.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ferret's built-in business vocabulary: the words people use for money and outcomes, and the columns those
 * words usually name. ferret.yml adds to it per table.
 */
final class Vocabulary {
  /** A word users say, and the column names it may stand for, in order of preference. */
  static final Map<String, List<String>> MONEY_WORDS = Map.of(
      "revenue", List.of("revenue", "amount", "sales", "total", "price", "value", "gmv", "arr", "mrr"),
      "sales", List.of("sales", "revenue", "amount", "total", "price", "value", "gmv"),
      "income", List.of("revenue", "amount", "income", "total"),
      "turnover", List.of("revenue", "amount", "turnover", "total"),
      "gmv", List.of("gmv", "amount", "revenue", "total"),
      "bookings", List.of("bookings", "amount", "revenue", "arr"),
      "arr", List.of("arr", "mrr", "amount", "revenue"),
      "mrr", List.of("mrr", "arr", "amount", "revenue"),
      "spend", List.of("spend", "cost", "amount"),
      "cost", List.of("cost", "spend", "amount"));

  /** Words that mean "how many rows". */
  static final List<String> COUNT_WORDS = List.of("volume", "count", "number");

  /** Outcome columns and the noun of their rate: churned → churn rate. */
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
      Map.entry("breached", "breach"));

  private Vocabulary() {}

  /** The noun of an outcome column's rate: "churn" for {@code churned}, "is_vip" gives "vip". */
  static String outcomeNoun(String column) {
    String name = readable(column).replaceFirst("^(is|has|was) ", "");
    return OUTCOME_NOUNS.getOrDefault(name, name);
  }

  /** A column name as words: {@code customer.plan_tier} → "customer plan tier". */
  static String readable(String column) {
    return column.toLowerCase(Locale.ROOT).replaceAll("[._\\-]+", " ").strip();
  }
}
