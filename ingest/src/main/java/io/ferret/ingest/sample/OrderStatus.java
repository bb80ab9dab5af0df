package io.ferret.ingest.sample;

import java.util.Locale;

/** Where an order ended up. */
enum OrderStatus {
  COMPLETED,
  REFUNDED,
  CANCELLED;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The value in events: the constant's name in lower case. */
  String label() {
    return label;
  }
}
