package io.ferret.ingest.sample;

import java.util.Locale;

/** How an order was paid. */
enum PaymentMethod {
  CARD,
  INVOICE,
  WIRE,
  PAYPAL,
  APPLE_PAY;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The value in events: the constant's name in lower case. */
  String label() {
    return label;
  }
}
