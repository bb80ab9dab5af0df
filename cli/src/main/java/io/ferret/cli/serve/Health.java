package io.ferret.cli.serve;

/**
 * What {@code GET /health} answers: 200 while everything runs, 503 once Kafka ingest has failed.
 *
 * @param status "ok" or "failing"
 * @param ingest the Kafka ingest's state, or "not configured"
 * @param error why ingest failed; null otherwise
 */
record Health(String status, String ingest, String error) {
  boolean healthy() {
    return "ok".equals(status);
  }
}
