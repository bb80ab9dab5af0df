package io.ferret.schema;

import java.util.SplittableRandom;

/**
 * Random JSON-ish lines for comparing parsing paths: mostly plain events, with the awkward parts mixed in
 * (escapes, long and odd numbers, arrays, deep nesting, repeated keys, stray whitespace) and, now and then, a
 * mutation that usually makes the line invalid.
 */
final class RandomJsonLines {
  private static final String[] KEYS = {"a", "b", "id", "", "a.b", "naïve", "k\\\"q", "\\u0041", "ts", "x y"};
  private static final String[] STRINGS = {"plain", "", "2024-03-01", "2024-03-01T10:00:00Z",
      "2024-03-01T10:00:00.123+01:00", "49.90", "02134", "1e5", "ünï ✓", "\uD83D\uDE00", "q\\\"uote",
      "back\\\\slash",
      "\\n\\t\\/", "\\u00e9\\ud83d\\ude00", "\\x", "\\u12", "tab\there", "true", "null"};
  private static final String[] NUMBERS = {"0", "-0", "7", "-42", "123456789012345678", "1234567890123456789",
      "99999999999999999999", "01", "1.5", "-0.0", "49.90", "0.1", "1.", ".5", "+1", "1e5", "1E-3", "-2.5e+10",
      "0.12345678901234567", "1.000000000000000000001", "NaN", "Infinity", "-Infinity", "1.2.3", "--1"};
  private static final String[] LITERALS = {"true", "false", "null", "tru", "nulls", "True"};
  private static final String[] SPACE = {"", "", "", " ", "\t", "\r", "  "};

  private final SplittableRandom random;

  RandomJsonLines(SplittableRandom random) {
    this.random = random;
  }

  String line() {
    StringBuilder line = new StringBuilder(pick(SPACE));
    object(line, 0);
    line.append(pick(SPACE));
    return random.nextInt(8) == 0 ? mutate(line.toString()) : line.toString();
  }

  private void object(StringBuilder out, int depth) {
    out.append('{').append(pick(SPACE));
    int members = random.nextInt(depth == 0 ? 6 : 3);
    for (int i = 0; i < members; i++) {
      if (i > 0) {
        out.append(pick(SPACE)).append(',').append(pick(SPACE));
      }
      out.append('"').append(pick(KEYS)).append('"').append(pick(SPACE)).append(':').append(pick(SPACE));
      value(out, depth);
    }
    out.append(pick(SPACE)).append('}');
  }

  private void value(StringBuilder out, int depth) {
    switch (random.nextInt(10)) {
      case 0, 1, 2 -> out.append('"').append(pick(STRINGS)).append('"');
      case 3, 4, 5 -> out.append(pick(NUMBERS));
      case 6 -> out.append(pick(LITERALS));
      case 7 -> {
        if (depth < 7) {
          object(out, depth + 1);
        } else {
          out.append("{}");
        }
      }
      case 8 -> out.append(random.nextBoolean() ? "{}" : "[1,\"x\",{\"a\":1}]");
      default -> out.append('"').append(random.nextInt(1000)).append('"');
    }
  }

  private String mutate(String line) {
    if (line.isEmpty()) {
      return "{";
    }
    int at = random.nextInt(line.length());
    return switch (random.nextInt(3)) {
      case 0 -> line.substring(0, at);
      case 1 -> line.substring(0, at) + line.substring(at + 1);
      default -> line.substring(0, at) + "\"{}[]:,\\ x01".charAt(random.nextInt(12)) + line.substring(at);
    };
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
