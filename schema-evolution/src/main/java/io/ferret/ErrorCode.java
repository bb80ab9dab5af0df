package io.ferret;

/** What kind of failure a {@link FerretException} reports; front ends map it to exit codes or messages. */
public enum ErrorCode {
  /** The caller asked for something malformed: a bad flag, a missing table, a write in a read-only query. */
  USAGE,
  /** Input data or configuration could not be used as given. */
  INPUT,
  /** The store failed: the file is locked, corrupt, or a query failed. */
  STORE,
  /** A bug or broken environment. */
  INTERNAL
}
