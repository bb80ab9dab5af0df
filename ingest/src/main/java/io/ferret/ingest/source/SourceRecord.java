package io.ferret.ingest.source;

/** One unit of input: either an accepted {@link Event} or a {@link Rejected} one. */
public sealed interface SourceRecord permits Event, Rejected {

  /** Where in the source this record came from, e.g. "12" for line 12 of a file. */
  String position();
}
