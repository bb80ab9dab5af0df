package io.ferret.ingest.source;

import java.util.Objects;

/** Input that could not become an event: its position, a specific reason, and the raw text (cut to 64 KiB). */
public record Rejected(String position, String reason, String raw) implements SourceRecord {
  /** Raw text kept per reject; longer input is cut so that a huge bad line cannot blow up the store. */
  public static final int MAX_RAW_CHARS = 64 * 1024;

  public Rejected {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(reason, "reason is null");
    raw = raw == null ? "" : raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
  }
}
