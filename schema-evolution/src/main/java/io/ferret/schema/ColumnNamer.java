package io.ferret.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses unique, safe column names for field paths.
 *
 * <p>DuckDB compares identifiers case-insensitively, so {@code Amount} and {@code amount} would collide, and
 * a literal {@code "a.b"} key collides with nested {@code a.b}; later fields get a {@code ~2}, {@code ~3}
 * suffix. Names are otherwise kept as written (quotes, unicode, SQL keywords and all) because every
 * identifier is quoted; only empty and over-long names are rewritten.
 */
public final class ColumnNamer {
  /** Longest column name kept verbatim; longer ones are cut and made unique with a hash. */
  public static final int MAX_NAME_LENGTH = 120;

  private static final String EMPTY_NAME = "_empty";
  private final Set<String> taken = new HashSet<>();

  /** Starts with the names already in use (existing columns and reserved system names). */
  public ColumnNamer(Iterable<String> existingNames) {
    for (String name : existingNames) {
      taken.add(key(name));
    }
  }

  /** Marks a name as taken without deriving it from a field. */
  public void reserve(String name) {
    taken.add(key(name));
  }

  /** A fresh name for the data column of this field. */
  public String nameFor(FieldPath path) {
    StringBuilder dotted = new StringBuilder();
    for (String segment : path.segments()) {
      if (dotted.length() > 0) {
        dotted.append('.');
      }
      dotted.append(segment.isEmpty() ? EMPTY_NAME : segment);
    }
    return claim(dotted.toString());
  }

  /** A fresh name for the variant column that holds values of {@code type} beside {@code baseColumn}. */
  public String variantNameFor(String baseColumn, ColumnType type) {
    return claim(baseColumn + "__v_" + type.variantSuffix());
  }

  private String claim(String wanted) {
    String base = shorten(wanted);
    String candidate = base;
    for (int n = 2; taken.contains(key(candidate)); n++) {
      candidate = base + "~" + n;
    }
    taken.add(key(candidate));
    return candidate;
  }

  private static String shorten(String name) {
    if (name.length() <= MAX_NAME_LENGTH) {
      return name;
    }
    return name.substring(0, MAX_NAME_LENGTH - 9) + "~" + shortHash(name);
  }

  private static String shortHash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
