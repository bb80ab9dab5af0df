package io.ferret.schema;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One field path of a batch, interned: its children by key, the batch's values for it once it has any, and the
 * last row attempt that reached it.
 *
 * <p>Remembering the attempt catches a key repeated within one object without a set per object: two keys of the
 * same object reach the same node only when they are equal. Remembering which sibling came next lets most
 * lookups skip the map, since the events of a stream mostly list their keys in the same order.
 */
final class PathNode {
  private static final long NONE = -1;

  /** The field's path; null for the root, which stands for the event itself. */
  final FieldPath path;
  private final String key;
  /** The key as UTF-8, to match a key read from bytes without decoding it. */
  private final byte[] keyUtf8;
  private final Map<String, PathNode> children = new HashMap<>();
  /** The child whose key came first in this object last time. */
  private PathNode firstChild;
  /** The sibling whose key followed this one's last time. */
  private PathNode nextSibling;
  private long lastAttempt = NONE;
  /** The field's value per row of the batch being collected; null until the first value lands. */
  Value[] values;
  /** The field's string values and plain decimals seen so far, by text; created when first needed. */
  private ValueCache strings;
  private ValueCache decimals;

  private PathNode(FieldPath path, String key) {
    this.path = path;
    this.key = key;
    this.keyUtf8 = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
  }

  static PathNode root() {
    return new PathNode(null, null);
  }

  /**
   * The child for {@code key}, the key after {@code previous} in this object, or its first key when
   * {@code previous} is null.
   */
  PathNode child(String key, PathNode previous) {
    PathNode guess = previous == null ? firstChild : previous.nextSibling;
    if (guess != null && guess.key.equals(key)) {
      return guess;
    }
    PathNode child = children.get(key);
    if (child == null) {
      child = new PathNode(path == null ? FieldPath.of(key) : path.child(key), key);
      children.put(key, child);
    }
    if (previous == null) {
      firstChild = child;
    } else {
      previous.nextSibling = child;
    }
    return child;
  }

  /** The child whose key is the UTF-8 text {@code utf8[from, to)}, as {@link #child(String, PathNode)}. */
  PathNode child(byte[] utf8, int from, int to, PathNode previous) {
    PathNode guess = previous == null ? firstChild : previous.nextSibling;
    if (guess != null && ByteRanges.equal(guess.keyUtf8, utf8, from, to)) {
      return guess;
    }
    return child(new String(utf8, from, to - from, StandardCharsets.UTF_8), previous);
  }

  ValueCache strings() {
    if (strings == null) {
      strings = new ValueCache();
    }
    return strings;
  }

  ValueCache decimals() {
    if (decimals == null) {
      decimals = new ValueCache();
    }
    return decimals;
  }

  /** Records that {@code attempt} reached this node; false when it already had, i.e. the key is repeated. */
  boolean markReached(long attempt) {
    if (lastAttempt == attempt) {
      return false;
    }
    lastAttempt = attempt;
    return true;
  }
}
