package io.ferret.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The path of a field inside an event: its object keys from the root.
 *
 * <p>Kept as segments, not a dotted string, because a key literally named {@code "a.b"} and a key {@code b}
 * nested in {@code a} are different fields that would share the dotted name.
 */
public record FieldPath(List<String> segments) {
  public FieldPath {
    segments = List.copyOf(Objects.requireNonNull(segments, "segments is null"));
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a field path needs at least one segment");
    }
  }

  public static FieldPath of(String... segments) {
    return new FieldPath(List.of(segments));
  }

  /** This path extended by one key. */
  public FieldPath child(String key) {
    List<String> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(key);
    return new FieldPath(next);
  }

  /** The path as readers expect it, segments joined by dots. Not unique: see the class comment. */
  public String dotted() {
    return String.join(".", segments);
  }

  public int depth() {
    return segments.size();
  }
}
