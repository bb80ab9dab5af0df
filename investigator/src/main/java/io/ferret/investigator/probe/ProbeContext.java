package io.ferret.investigator.probe;

import java.util.Objects;

/** What one running probe works with: the investigation's shared session and its own connection. */
public record ProbeContext(ProbeSession session, Queries queries) implements AutoCloseable {
  public ProbeContext {
    Objects.requireNonNull(session, "session is null");
    Objects.requireNonNull(queries, "queries is null");
  }

  @Override
  public void close() {
    queries.close();
  }
}
