package io.ferret.ingest.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;

/**
 * Decides whether a value read back from the store is the original or its lossless representation:
 * the same number whether stored as a number or as its exact text, the same instant whatever the offset,
 * a date as the same day, and a null field the same as an absent one.
 */
final class JsonEquivalence {
  private JsonEquivalence() {}

  /** Null when equivalent, else a description of the first difference. */
  static String difference(JsonNode original, JsonNode readBack, String path) {
    if (original == null || isAllNull(original)) {
      return readBack == null || readBack.isNull() ? null : path + ": expected absent, got " + readBack;
    }
    if (readBack == null || readBack.isNull()) {
      return path + ": lost " + original;
    }
    if (original.isObject() && readBack.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = original.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String d = difference(field.getValue(), readBack.get(field.getKey()), path + "." + field.getKey());
        if (d != null) {
          return d;
        }
      }
      Iterator<String> names = readBack.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!original.has(name) && !readBack.get(name).isNull()) {
          return path + "." + name + ": appeared from nowhere: " + readBack.get(name);
        }
      }
      return null;
    }
    if (original.isArray()) {
      // an array beside a text column is kept as its JSON text
      String read = readBack.isTextual() ? readBack.textValue() : readBack.toString();
      return original.toString().equals(read) ? null : path + ": array " + original + " became " + readBack;
    }
    return sameScalar(original, readBack) ? null : path + ": " + original + " became " + readBack;
  }

  /** Null, or an object whose every leaf is null: it carries no value, so it reads back as absent. */
  private static boolean isAllNull(JsonNode node) {
    if (node.isNull()) {
      return true;
    }
    if (!node.isObject() || node.isEmpty()) {
      return false;
    }
    for (JsonNode child : node) {
      if (!isAllNull(child)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameScalar(JsonNode original, JsonNode readBack) {
    String originalText = original.isTextual() ? original.textValue() : original.toString();
    String readText = readBack.isTextual() ? readBack.textValue() : readBack.toString();
    if (originalText.equals(readText)) {
      return true;
    }
    BigDecimal a = number(originalText);
    BigDecimal b = number(readText);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    Instant x = instant(originalText);
    Instant y = instant(readText);
    return x != null && x.equals(y);
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant instant(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
