package io.ferret.schema;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The source positions of a batch's rows. Line numbers, by far the usual kind, are kept as numbers and only
 * written out for the few rows that are asked for, such as the row that caused a schema change.
 */
final class Positions extends AbstractList<String> implements RandomAccess {
  private long[] numbers;
  /** Positions that are not line numbers; null until the first one arrives. */
  private String[] texts;
  private int size;

  Positions(int capacity) {
    numbers = new long[Math.max(1, capacity)];
  }

  /** The positions of consecutive parts, in order. */
  static Positions concat(List<List<String>> parts) {
    Positions all = new Positions(parts.stream().mapToInt(List::size).sum());
    for (List<String> part : parts) {
      for (int i = 0; i < part.size(); i++) {
        if (part instanceof Positions positions && positions.isNumber(i)) {
          all.append(positions.numbers[i]);
        } else {
          all.append(part.get(i));
        }
      }
    }
    return all;
  }

  void append(long lineNumber) {
    ensureCapacity();
    numbers[size++] = lineNumber;
  }

  void append(String position) {
    ensureCapacity();
    if (texts == null) {
      texts = new String[numbers.length];
    }
    texts[size++] = position;
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("position " + index + " of " + size);
    }
    return isNumber(index) ? Long.toString(numbers[index]) : texts[index];
  }

  @Override
  public int size() {
    return size;
  }

  private boolean isNumber(int index) {
    return texts == null || texts[index] == null;
  }

  private void ensureCapacity() {
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, 2 * size);
      if (texts != null) {
        texts = Arrays.copyOf(texts, 2 * size);
      }
    }
  }
}
