package io.ferret.schema;

/**
 * The values one field took, by their raw UTF-8 text, so that a repeated value is classified once and every row
 * shares one {@link Value} without a String being made for it. Values are immutable, so rows of any batch may
 * share them.
 *
 * <p>Most fields repeat a few values (a status, a country, a price) and this makes them cost a reference per
 * row. A field whose values rarely repeat (an id, a timestamp) would only pay for the lookups, so when a review
 * finds too few hits the cache switches itself off for good.
 */
final class ValueCache {
  private static final int INITIAL_SLOTS = 64;
  private static final int MAX_ENTRIES = 4096;
  /** Lookups between reviews of the hit rate; long enough for a few thousand distinct values to start repeating. */
  private static final int REVIEW_INTERVAL = 4096;
  /** A review keeps the cache when at least one lookup in this many hit. */
  private static final int MIN_HIT_SHARE = 4;

  private byte[][] keys = new byte[INITIAL_SLOTS][];
  private int[] hashes = new int[INITIAL_SLOTS];
  private Value[] values = new Value[INITIAL_SLOTS];
  private int size;
  private int lookups;
  private int hits;
  private boolean switchedOff;

  /** False once the values proved too diverse for the cache to pay. */
  boolean isWorthUsing() {
    return !switchedOff;
  }

  /** The value cached for the text {@code utf8[from, to)} whose {@link #hash} is given, or null. */
  Value find(byte[] utf8, int from, int to, int hash) {
    lookups++;
    for (int slot = hash & (keys.length - 1); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      if (hashes[slot] == hash && ByteRanges.equal(keys[slot], utf8, from, to)) {
        hits++;
        return values[slot];
      }
    }
    if (lookups % REVIEW_INTERVAL == 0) {
      review();
    }
    return null;
  }

  /** Caches the value of a text that {@link #find} did not know, while there is room. */
  void put(byte[] utf8, int from, int to, int hash, Value value) {
    if (switchedOff || size == MAX_ENTRIES) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    byte[] key = new byte[to - from];
    System.arraycopy(utf8, from, key, 0, key.length);
    insert(key, hash, value);
    size++;
  }

  /** The hash {@link #find} expects: a hash of the bytes, as computed while scanning them, with its bits spread. */
  static int hash(int bytesHash) {
    return bytesHash ^ (bytesHash >>> 16);
  }

  private void review() {
    switchedOff = hits * MIN_HIT_SHARE < lookups;
    if (switchedOff) {
      keys = null;
      hashes = null;
      values = null;
    }
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Value[] oldValues = values;
    keys = new byte[2 * oldKeys.length][];
    hashes = new int[keys.length];
    values = new Value[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }

  private void insert(byte[] key, int hash, Value value) {
    int slot = hash & (keys.length - 1);
    while (keys[slot] != null) {
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
  }
}
