package io.ferret.store;

import java.time.Instant;

/** A file already ingested into a table, as recorded in {@code ferret_sources}. */
public record IngestedSource(
    String table, String path, long size, String sha256, long rowsAccepted, long rowsRejected, Instant ingestedAt) {}
