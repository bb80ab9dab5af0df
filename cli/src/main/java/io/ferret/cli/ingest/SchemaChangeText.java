package io.ferret.cli.ingest;

import io.ferret.schema.SchemaChange;

/** One schema change as a line of text: kind, column, old and new type, and where it was first needed. */
public final class SchemaChangeText {
  private static final int KIND_WIDTH = 17;

  private SchemaChangeText() {}

  /** E.g. {@code widen_column      quantity: BIGINT -> DOUBLE (first at line 10017)}. */
  public static String describe(SchemaChange change) {
    StringBuilder text = new StringBuilder(pad(change.kind().storedName()));
    if (change.column() != null) {
      text.append(change.column()).append(": ");
    }
    if (change.oldType() != null) {
      text.append(change.oldType().sqlName()).append(" -> ");
    }
    if (change.newType() != null) {
      text.append(change.newType().sqlName());
    } else if (change.column() == null) {
      text.append(change.detail());
    }
    return text.append(" (first at ").append(position(change.position())).append(')').toString();
  }

  /** A source position for people: line numbers say "line 12", anything else is shown as it is. */
  public static String position(String position) {
    return !position.isEmpty() && position.chars().allMatch(Character::isDigit) ? "line " + position : position;
  }

  private static String pad(String kind) {
    return kind.length() >= KIND_WIDTH ? kind + " " : kind + " ".repeat(KIND_WIDTH - kind.length());
  }
}
