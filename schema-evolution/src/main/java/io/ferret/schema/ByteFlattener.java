package io.ferret.schema;

import java.nio.charset.StandardCharsets;

/**
 * Flattens an event straight from its UTF-8 bytes, for the plain JSON that nearly every line is: objects,
 * strings, integers of up to 18 digits, decimals without an exponent, booleans and null.
 *
 * <p>It gives up on anything else (arrays, NaN, exponents, long numbers, objects kept whole as JSON, a repeated
 * key, and whatever is not JSON at all) and leaves such a line to {@link TokenFlattener}, which reads any JSON
 * and words every error. So it never accepts a line the parser would reject, and what it accepts it classifies
 * as the parser path does. Keys and repeated values are matched by their bytes, so most fields of a row cost
 * no String at all.
 */
final class ByteFlattener {
  /** Marks a value this path cannot read, as opposed to JSON null. */
  private static final Value GIVE_UP = new Value(ValueKind.JSON, null, null);
  private static final int MAX_LONG_DIGITS = 18;
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  /** Bytes that can stand for themselves inside a string: all but the quote, the backslash and controls. */
  private static final boolean[] IN_STRING = new boolean[256];

  static {
    for (int b = 0x20; b < IN_STRING.length; b++) {
      IN_STRING[b] = b != '"' && b != '\\';
    }
  }

  private final int maxDepth;
  private byte[] text;
  private int end;
  private int pos;
  private int maxNesting;
  private long attempt;
  private StagedRow row;
  /** The hash of the raw bytes of the last string {@link #stringEnd} read. */
  private int stringHash;
  /** Whether the last string {@link #stringEnd} read holds a backslash escape. */
  private boolean stringHasEscape;

  ByteFlattener(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /**
   * Flattens the object that is all of {@code utf8[offset, offset + length)} but for surrounding whitespace.
   *
   * @param maxNesting the parser's nesting limit, counting the event itself as one level
   * @param attempt a number no earlier row attempt used with these nodes, for the repeated-key check
   * @return false when the line is not plain enough; {@code row} then holds a partial row to be discarded
   */
  boolean flatten(byte[] utf8, int offset, int length, int maxNesting, PathNode root, long attempt,
      StagedRow row) {
    this.text = utf8;
    this.pos = offset;
    this.end = offset + length;
    this.maxNesting = maxNesting;
    this.attempt = attempt;
    this.row = row;
    skipWhitespace();
    if (!consume('{') || !members(root, 0, 1)) {
      return false;
    }
    skipWhitespace();
    return pos == end;
  }

  /** Reads the members of an object whose '{' was just read, through its '}'. */
  private boolean members(PathNode parent, int depth, int nesting) {
    skipWhitespace();
    if (consume('}')) {
      return true;
    }
    PathNode previous = null;
    while (true) {
      PathNode node = key(parent, previous);
      if (node == null || !node.markReached(attempt)) {
        return false;
      }
      previous = node;
      skipWhitespace();
      if (!consume(':')) {
        return false;
      }
      skipWhitespace();
      if (!value(node, depth, nesting)) {
        return false;
      }
      skipWhitespace();
      if (consume('}')) {
        return true;
      }
      if (!consume(',')) {
        return false;
      }
      skipWhitespace();
    }
  }

  private boolean value(PathNode node, int depth, int nesting) {
    if (pos == end) {
      return false;
    }
    byte c = text[pos];
    if (c == '{') {
      pos++;
      return object(node, depth, nesting + 1);
    }
    Value value = switch (c) {
      case '"' -> string(node);
      case 't' -> literal(TRUE) ? ValueClassifier.TRUE : GIVE_UP;
      case 'f' -> literal(FALSE) ? ValueClassifier.FALSE : GIVE_UP;
      case 'n' -> literal(NULL) ? null : GIVE_UP;
      case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(node);
      default -> GIVE_UP;
    };
    if (value == GIVE_UP) {
      return false;
    }
    if (value != null) {
      row.add(node, value);
    }
    return true;
  }

  /** A nested object whose '{' was just read: empty, it is kept as JSON; else flattened within the depth limit. */
  private boolean object(PathNode node, int depth, int nesting) {
    if (nesting > maxNesting) {
      return false;
    }
    skipWhitespace();
    if (consume('}')) {
      row.add(node, TokenFlattener.EMPTY_OBJECT);
      return true;
    }
    return depth + 1 < maxDepth && members(node, depth + 1, nesting);
  }

  /** Reads a key and returns its node, or null when it is not a plain string. */
  private PathNode key(PathNode parent, PathNode previous) {
    if (!consume('"')) {
      return null;
    }
    int start = pos;
    int stop = stringEnd();
    if (stop < 0) {
      return null;
    }
    if (!stringHasEscape) {
      return parent.child(text, start, stop, previous);
    }
    String key = JsonEscapes.unescape(text, start, stop);
    return key == null ? null : parent.child(key, previous);
  }

  /** A string value whose opening quote is at {@code pos}, classified once per distinct text of the field. */
  private Value string(PathNode node) {
    int start = ++pos;
    int stop = stringEnd();
    if (stop < 0) {
      return GIVE_UP;
    }
    ValueCache cache = node.strings();
    if (!cache.isWorthUsing()) {
      return classify(start, stop);
    }
    // The raw bytes, escapes and all, determine the text, so they can key the cache.
    int key = ValueCache.hash(stringHash);
    Value value = cache.find(text, start, stop, key);
    if (value == null) {
      value = classify(start, stop);
      if (value != GIVE_UP) {
        cache.put(text, start, stop, key, value);
      }
    }
    return value;
  }

  private Value classify(int start, int stop) {
    String decoded = stringHasEscape
        ? JsonEscapes.unescape(text, start, stop)
        : new String(text, start, stop - start, StandardCharsets.UTF_8);
    return decoded == null ? GIVE_UP : ValueClassifier.classifyString(decoded);
  }

  /** A number in the JSON grammar, without exponent: integers of up to 18 digits, and plain decimals. */
  private Value number(PathNode node) {
    int start = pos;
    if (text[pos] == '-') {
      pos++;
    }
    int integerStart = pos;
    if (pos < end && text[pos] == '0') {
      pos++;
    } else {
      skipDigits();
    }
    int integerDigits = pos - integerStart;
    if (integerDigits == 0) {
      return GIVE_UP;
    }
    if (pos < end && text[pos] == '.') {
      pos++;
      int fractionStart = pos;
      skipDigits();
      return pos == fractionStart || isExponent() ? GIVE_UP : decimal(node, start, pos);
    }
    if (isExponent() || integerDigits > MAX_LONG_DIGITS) {
      return GIVE_UP;
    }
    long value = 0;
    for (int i = integerStart; i < pos; i++) {
      value = 10 * value + (text[i] - '0');
    }
    return ValueClassifier.integer(start == integerStart ? value : -value);
  }

  private Value decimal(PathNode node, int start, int stop) {
    ValueCache cache = node.decimals();
    int key = 0;
    if (cache.isWorthUsing()) {
      for (int i = start; i < stop; i++) {
        key = 31 * key + text[i];
      }
      key = ValueCache.hash(key);
      Value cached = cache.find(text, start, stop, key);
      if (cached != null) {
        return cached;
      }
    }
    double plain = PlainDecimal.parse(text, start, stop);
    if (Double.isNaN(plain)) {
      return GIVE_UP;
    }
    Value value = ValueClassifier.ofDouble(plain);
    cache.put(text, start, stop, key, value);
    return value;
  }

  /**
   * Finds the closing quote of a string whose opening quote was just read and moves past it; returns its
   * offset, or -1 when the string is unterminated or holds a control character, which JSON requires escaped.
   * On the way it hashes the raw bytes into {@link #stringHash} and notes escapes in {@link #stringHasEscape}.
   */
  private int stringEnd() {
    byte[] bytes = text;
    int limit = end;
    int hash = 0;
    boolean escapes = false;
    for (int i = pos; i < limit; i++) {
      byte c = bytes[i];
      if (!IN_STRING[c & 0xFF]) {
        if (c == '"') {
          stringHash = hash;
          stringHasEscape = escapes;
          pos = i + 1;
          return i;
        }
        if (c != '\\' || i + 1 == limit) {
          return -1; // a control character, or an escape cut off by the end of the line
        }
        // the escaped byte cannot end the string; whether the escape is valid is decided when decoding
        escapes = true;
        hash = 31 * hash + c;
        c = bytes[++i];
        if ((c & 0xFF) < 0x20) {
          return -1;
        }
      }
      hash = 31 * hash + c;
    }
    return -1;
  }

  private boolean literal(byte[] word) {
    if (end - pos < word.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (text[pos + i] != word[i]) {
        return false;
      }
    }
    pos += word.length;
    return true;
  }

  private boolean isExponent() {
    return pos < end && (text[pos] == 'e' || text[pos] == 'E');
  }

  private void skipDigits() {
    while (pos < end && text[pos] >= '0' && text[pos] <= '9') {
      pos++;
    }
  }

  // JSON's whitespace within a line; the parser also takes '\n', which a line never holds.
  private void skipWhitespace() {
    while (pos < end && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r')) {
      pos++;
    }
  }

  private boolean consume(char c) {
    if (pos < end && text[pos] == c) {
      pos++;
      return true;
    }
    return false;
  }
}
